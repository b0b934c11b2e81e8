import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionOfList } from '../../../kit/connection';
import { PageArgs } from '../../../kit/page-args';
import { todayInUk } from '../../../kit/today';
import { toAsset } from '../asset/asset.mapper';
import { AssetConnection } from '../asset/asset.type';
import type { AssetsContext } from '../loaders';
import { Organisation } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationAssetsResolver {
  @FieldResolver(() => AssetConnection, {
    nullable: true,
    description:
      'Assets of Community Value this organisation nominated, by name, where the register identifies it (from the assets subgraph).',
  })
  async nominatedAssets(
    @Root() organisation: Organisation,
    @Ctx() { loaders }: AssetsContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<AssetConnection> {
    const day = todayInUk();
    const assets = (await loaders.assetsByNominatorId.load(organisation.id)).map((row) =>
      toAsset(row, day),
    );
    return connectionOfList(AssetConnection, { first, after }, assets);
  }
}
