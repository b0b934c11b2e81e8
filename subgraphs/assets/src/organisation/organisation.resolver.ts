import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../../../kit/calendar';
import { connectionOfList } from '../../../kit/connection';
import { PageArgs } from '../../../kit/page-args';
import { LocalDateScalar } from '../../../kit/scalars';
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
    @Ctx() { loaders }: AssetsContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'The day to answer for (default today).',
    })
    asOf?: string,
  ): Promise<AssetConnection> {
    const day = asOf ?? today();
    const rows = await loaders.assetsByNominatorId.load(organisation.id);
    const periods = await loaders.periodsByAssetId.loadMany(rows.map((row) => row.id));
    const onDay = rows.filter((_, index) => {
      const spans = periods[index];
      return (
        Array.isArray(spans) &&
        spans.some((p) => p.starts_on! <= day && (p.ends_on === null || p.ends_on > day))
      );
    });
    return connectionOfList(
      AssetConnection,
      { first, after },
      onDay.map((row) => toAsset(row, day)),
    );
  }
}
