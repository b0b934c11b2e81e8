import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { positioned } from '../../../kit/list/list-query';
import { listConnection } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { checkContainsFilter } from '../../../kit/list/text-search';
import { today } from '../../../../platform/calendar';
import { AssetStatus } from '../asset/asset.enums';
import { CouncilAssetFilter, AssetOrder } from '../asset/asset.inputs';
import { toAsset } from '../asset/asset.mapper';
import { AssetConnection } from '../asset/asset.type';
import type { AssetsContext } from '../loaders';
import { AssetSummary } from './asset-summary.type';
import { Council } from './council.type';

const AS_OF = {
  nullable: true,
  description: 'The day to answer for (default today).',
} as const;

@Resolver(() => Council)
export class CouncilAssetsResolver {
  @FieldResolver(() => AssetConnection, {
    nullable: true,
    description:
      'Assets of Community Value on the lists this council holds (its own and those of councils it succeeded), by name (from the assets subgraph).',
  })
  async assets(
    @Root() council: Council,
    @Ctx() { loaders, scope }: AssetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CouncilAssetFilter, {
      nullable: true,
      description: "Conditions every asset listed must meet; omit for all the council's assets.",
    })
    filter?: CouncilAssetFilter,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetConnection> {
    checkContainsFilter(filter?.nameContains, 'filter.nameContains');
    const day = asOf ?? today();
    // Plain objects: the loader key is the arguments' JSON.
    const plainFilter = filter ? { ...filter } : undefined;
    return listConnection(
      AssetConnection,
      page,
      await bindCursors(scope, 'Council.assets', [council.id, filter, day]),
      {
        rows: async (request) =>
          positioned(
            await loaders
              .councilAssets({ filter: plainFilter, order: new AssetOrder(), page: request, day })
              .load(council.id),
            request,
          ),
        count: async () =>
          (await loaders.councilAssetCount({ filter: plainFilter, day }).load(council.id))?.count ??
          0,
        map: (row) => toAsset(row, day),
      },
    );
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
