import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../kit/list/page-args';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { today } from '../../../../platform/calendar';
import { AssetStatus } from '../asset/asset.enums';
import { CouncilAssetFilter, AssetOrder } from '../asset/asset.inputs';
import { AssetConnection } from '../asset/asset.type';
import type { AssetsContext } from '../loaders';
import { AssetSummary } from './asset-summary.type';
import { councilAssetConnection } from './council-assets';
import { Council } from './council.type';

const AS_OF = {
  nullable: true,
  description: 'The day to answer for (default today).',
} as const;

const ORDER_BY = { nullable: true, description: 'Defaults to name, ascending.' } as const;

@Resolver(() => Council)
export class CouncilAssetsResolver {
  @FieldResolver(() => AssetConnection, {
    nullable: true,
    description:
      'Assets of Community Value on the lists this council holds (its own and those of councils it succeeded), by name (from the assets subgraph).',
  })
  assets(
    @Root() council: Council,
    @Ctx() context: AssetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CouncilAssetFilter, {
      nullable: true,
      description: "Conditions every asset listed must meet; omit for all the council's assets.",
    })
    filter?: CouncilAssetFilter,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
    @Arg('orderBy', () => AssetOrder, ORDER_BY) orderBy?: AssetOrder,
  ): Promise<AssetConnection> {
    return councilAssetConnection(context, 'Council.assets', council.id, {
      page,
      filter,
      asOf,
      orderBy,
    });
  }

  @FieldResolver(() => AssetSummary, {
    nullable: true,
    description:
      "The council's Assets of Community Value counted by status on a day (from the assets subgraph).",
  })
  async assetSummary(
    @Root() council: Council,
    @Ctx() { loaders }: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetSummary> {
    const day = asOf ?? today();
    const rows = await loaders.councilSummary(day).load(council.id);
    const count = (measure: string) => rows.find((row) => row.measure === measure)?.count ?? 0;
    const statuses = Object.values(AssetStatus);
    return {
      asOf: day,
      total: statuses.reduce((sum, status) => sum + count(status), 0),
      nominated: count(AssetStatus.NOMINATED),
      listed: count(AssetStatus.LISTED),
      inMoratorium: count('in_moratorium'),
      boughtByCommunity: count(AssetStatus.BOUGHT_BY_COMMUNITY),
      soldOnOpenMarket: count(AssetStatus.SOLD),
      expired: count(AssetStatus.EXPIRED),
      removed: count(AssetStatus.REMOVED),
      unsuccessful: count(AssetStatus.UNSUCCESSFUL),
      proposed: count(AssetStatus.PROPOSED),
    };
  }
}
