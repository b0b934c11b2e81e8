import { Arg, Args, Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { today } from '../../../../platform/calendar';
import { listConnection } from '../../../kit/list/connection';
import { bindCursors } from '../../../kit/list/cursors';
import { PageArgs } from '../../../kit/list/page-args';
import { checkContainsFilter } from '../../../kit/list/text-search';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { badUserInput } from '../../../../platform/errors/client-errors';
import { MAX_KM } from '../asset/asset-filter.check';
import { AssetOrder, CouncilAssetFilter, type AssetFilter } from '../asset/asset.inputs';
import { toAsset } from '../asset/asset.mapper';
import { countAssets, listAssets } from '../asset/asset.repository';
import { AssetConnection } from '../asset/asset.type';
import type { AssetsContext } from '../loaders';
import { Location } from './location.type';

@Resolver(() => Location)
export class LocationAssetsResolver {
  @FieldResolver(() => AssetConnection, {
    nullable: true,
    description:
      "Assets of Community Value within `radiusKm` of the point, whatever council's list they are on, by name (from the assets subgraph). Only assets with a location count: see `Asset.location`.",
  })
  async assets(
    @Root() location: Location,
    @Ctx() { db, scope }: AssetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('radiusKm', () => Float, {
      defaultValue: 1,
      description: `How far from the point, in kilometres: more than 0 and at most ${MAX_KM}.`,
    })
    radiusKm: number,
    @Arg('filter', () => CouncilAssetFilter, {
      nullable: true,
      description: 'Conditions every asset listed must meet besides the distance.',
    })
    filter?: CouncilAssetFilter,
    @Arg('orderBy', () => AssetOrder, {
      nullable: true,
      description: 'Defaults to name, ascending.',
    })
    orderBy?: AssetOrder,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'The day to answer for (default today).',
    })
    asOf?: string,
  ): Promise<AssetConnection> {
    checkContainsFilter(filter?.nameContains, 'filter.nameContains');
    if (!(radiusKm > 0 && radiusKm <= MAX_KM))
      throw badUserInput(
        `\`radiusKm\` must be more than 0 and at most ${MAX_KM}; got ${radiusKm}`,
        'radiusKm',
      );
    const near: AssetFilter = {
      ...filter,
      near: { latitude: location.latitude, longitude: location.longitude, km: radiusKm },
    };
    const day = asOf ?? today();
    const order = orderBy ?? new AssetOrder();
    return listConnection(
      AssetConnection,
      page,
      await bindCursors(scope, 'Location.assets', [near, day], order),
      {
        rows: (request) => listAssets(db, near, order, request, day),
        count: () => countAssets(db, near, day),
        map: (row) => toAsset(row, day),
      },
    );
  }
}
