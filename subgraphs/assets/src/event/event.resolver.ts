import { Arg, ID, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { listConnection } from '../../../kit/list/connection';
import { loadAndMap } from '../../../kit/entity/dataloaders';
import { PageArgs } from '../../../kit/list/page-args';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { today } from '../../../../platform/calendar';
import { toAsset } from '../asset/asset.mapper';
import { Asset } from '../asset/asset.type';
import type { AssetsContext } from '../loaders';
import { AssetEventKind } from './event.enums';
import { toAssetEvent } from './event.mapper';
import { countEvents, listEvents } from './event.repository';
import { AssetEvent, AssetEventConnection } from './event.type';

@Resolver(() => AssetEvent)
export class AssetEventResolver {
  @Query(() => AssetEventConnection, {
    description:
      'The change feed: events of every asset in the order they happened, from a day on. Poll with `since` and page with `after`.',
  })
  async assetEvents(
    @Ctx() { db, scope }: AssetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('since', () => LocalDateScalar, {
      nullable: true,
      description: 'Only events on or after this day.',
    })
    since?: string,
    @Arg('kinds', () => [AssetEventKind], {
      nullable: true,
      description: 'Only events of these kinds (an empty list sets no condition).',
    })
    kinds?: AssetEventKind[],
    @Arg('councilId', () => ID, {
      nullable: true,
      description: "Only events of assets on this council's lists (GSS code).",
    })
    councilId?: string,
    @Arg('strategicAuthorityId', () => ID, {
      nullable: true,
      description:
        "Only events of assets on the lists of this strategic authority's member councils (register code, e.g. `GMCA`).",
    })
    strategicAuthorityId?: string,
  ): Promise<AssetEventConnection> {
    const filter = { since, kinds, councilId, strategicAuthorityId };
    return listConnection(
      AssetEventConnection,
      page,
      await bindCursors(scope, 'Query.assetEvents', [
        since,
        kinds,
        councilId,
        strategicAuthorityId,
      ]),
      {
        rows: (request) => listEvents(db, filter, request),
        count: () => countEvents(db, filter),
        map: toAssetEvent,
      },
    );
  }

  @FieldResolver(() => Asset, { nullable: true, description: 'The asset it happened to.' })
  async asset(@Root() event: AssetEvent, @Ctx() { loaders }: AssetsContext): Promise<Asset | null> {
    return loadAndMap(loaders.assetById, event.assetId, (row) => toAsset(row, today()));
  }
}
