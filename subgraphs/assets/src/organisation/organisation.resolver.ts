import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../../../../platform/calendar';
import { PageArgs } from '../../../kit/list/page-args';
import { sortedListConnection } from '../../../kit/list/sorted-rows';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { AssetOrder } from '../asset/asset.inputs';
import { toAsset } from '../asset/asset.mapper';
import { ASSET_ROW_ORDERING } from '../asset/asset.sort';
import { AssetConnection } from '../asset/asset.type';
import type { AssetRow } from '../database';
import type { AssetsContext } from '../loaders';
import { Organisation } from './organisation.type';

const AS_OF = { nullable: true, description: 'The day to answer for (default today).' } as const;
const ORDER_BY = { nullable: true, description: 'Defaults to name, ascending.' } as const;

/** The page of an organisation's assets that were on a list on `asOf`, in the order asked. */
async function organisationAssets(
  { scope }: AssetsContext,
  list: string,
  organisation: Organisation,
  rows: AssetRow[],
  page: PageArgs,
  asOf: string | undefined,
  orderBy: AssetOrder | undefined,
): Promise<AssetConnection> {
  const day = asOf ?? today();
  const order = orderBy ?? new AssetOrder();
  // Status periods follow one another without gaps: on a list that day iff known from then.
  const onDay = rows.filter((row) => row.known_from !== null && row.known_from <= day);
  return sortedListConnection(AssetConnection, page, scope, {
    list,
    parts: [organisation.id, day],
    rows: onDay,
    ordering: ASSET_ROW_ORDERING,
    order,
    map: (row) => toAsset(row, day),
  });
}

@Resolver(() => Organisation)
export class OrganisationAssetsResolver {
  @FieldResolver(() => AssetConnection, {
    nullable: true,
    description:
      'Assets of Community Value this organisation nominated that were on a list on a day (default today), where the register identifies it (from the assets subgraph).',
  })
  async nominatedAssets(
    @Root() organisation: Organisation,
    @Ctx() context: AssetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
    @Arg('orderBy', () => AssetOrder, ORDER_BY) orderBy?: AssetOrder,
  ): Promise<AssetConnection> {
    const rows = await context.loaders.assetsByNominatorId.load(organisation.id);
    return organisationAssets(
      context,
      'Organisation.nominatedAssets',
      organisation,
      rows,
      page,
      asOf,
      orderBy,
    );
  }

  @FieldResolver(() => AssetConnection, {
    nullable: true,
    description:
      'Assets of Community Value this organisation owns (a community buy, or an owner the register names) that were on a list on a day (default today), where the register identifies it as the owner (from the assets subgraph). Empty is not evidence of none: no published register names owners as organisations yet.',
  })
  async ownedAssets(
    @Root() organisation: Organisation,
    @Ctx() context: AssetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
    @Arg('orderBy', () => AssetOrder, ORDER_BY) orderBy?: AssetOrder,
  ): Promise<AssetConnection> {
    const rows = await context.loaders.assetsByOwnerId.load(organisation.id);
    return organisationAssets(
      context,
      'Organisation.ownedAssets',
      organisation,
      rows,
      page,
      asOf,
      orderBy,
    );
  }
}
