import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { connectionOfList } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { toGrant } from '../grant/grant.mapper';
import { GrantConnection } from '../grant/grant.type';
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
  ): Promise<GrantConnection> {
    const grants = (await loaders.grantsByAssetId.load(asset.id)).map(toGrant);
    return connectionOfList(
      GrantConnection,
      page,
      await bindCursors(scope, 'Asset.grants', [asset.id]),
      grants,
    );
  }
}
