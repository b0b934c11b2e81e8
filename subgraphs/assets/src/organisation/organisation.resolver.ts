import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { today } from '../../../../platform/calendar';
import { connectionOfList } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { toAsset } from '../asset/asset.mapper';
import { AssetConnection } from '../asset/asset.type';
import type { AssetsContext } from '../loaders';
import { Organisation } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationAssetsResolver {
  @FieldResolver(() => AssetConnection, {
    nullable: true,
    description:
      'Assets of Community Value this organisation nominated that were on a list on a day (default today), by name, where the register identifies it (from the assets subgraph).',
  })
  async nominatedAssets(
    @Root() organisation: Organisation,
    @Ctx() { loaders, scope }: AssetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'The day to answer for (default today).',
    })
    asOf?: string,
  ): Promise<AssetConnection> {
    const day = asOf ?? today();
    // Status periods follow one another without gaps: on a list that day iff known from then.
    const onDay = (await loaders.assetsByNominatorId.load(organisation.id)).filter(
      (row) => row.known_from !== null && row.known_from <= day,
    );
    return connectionOfList(
      AssetConnection,
      page,
      await bindCursors(scope, 'Organisation.nominatedAssets', [organisation.id, asOf]),
      onDay.map((row) => toAsset(row, day)),
    );
  }
}
