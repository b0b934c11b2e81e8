import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../kit/list/page-args';
import { GrantConnection } from '../grant/grant.type';
import { sortedListConnection } from '../../../kit/list/sorted-rows';
import type { GrantOrder } from '../grant/grant.inputs';
import { grantList } from '../grant/grant.sort';
import { GrantOrderArg } from '../list-args';
import type { FundingContext } from '../loaders';
import { Asset } from './asset.type';

@Resolver(() => Asset)
export class AssetGrantsResolver {
  @FieldResolver(() => GrantConnection, {
    nullable: true,
    description:
      "Grants that helped buy or save this asset (e.g. Community Ownership Fund awards), where the grant crosswalk documents the link; see each grant's `assetLinks` for the confidence (from the funding subgraph).",
  })
  async grants(
    @Root() asset: Asset,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
    @GrantOrderArg() orderBy?: GrantOrder,
  ): Promise<GrantConnection> {
    const rows = await loaders.grantsByAssetId.load(asset.id);
    return sortedListConnection(
      GrantConnection,
      page,
      scope,
      grantList('Asset.grants', [asset.id], rows, orderBy),
    );
  }
}
