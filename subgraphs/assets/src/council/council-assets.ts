import { today } from '../../../../platform/calendar';
import { listConnection } from '../../../kit/list/connection';
import { bindCursors } from '../../../kit/list/cursors';
import { positioned } from '../../../kit/list/list-query';
import type { PageArgs } from '../../../kit/list/page-args';
import { checkContainsFilter } from '../../../kit/list/text-search';
import { AssetOrder, type CouncilAssetFilter } from '../asset/asset.inputs';
import { toAsset } from '../asset/asset.mapper';
import { AssetConnection } from '../asset/asset.type';
import type { AssetsContext } from '../loaders';

/** The arguments of every list of one council's assets (`Council.assets`, `NeighbourhoodBoard.assets`). */
export interface CouncilAssetsQuery {
  page: PageArgs;
  filter?: CouncilAssetFilter;
  asOf?: string;
  orderBy?: AssetOrder;
}

/**
 * A page of the assets on the lists one council holds, as `list` (the field's name) serves it:
 * one statement per page for every council on the request's page of parents (a DataLoader keyed
 * by the arguments).
 */
export async function councilAssetConnection(
  { loaders, scope }: AssetsContext,
  list: string,
  councilId: string,
  { page, filter, asOf, orderBy }: CouncilAssetsQuery,
): Promise<AssetConnection> {
  checkContainsFilter(filter?.nameContains, 'filter.nameContains');
  const day = asOf ?? today();
  const order = orderBy ?? new AssetOrder();
  // Plain objects: the loader key is the arguments' JSON.
  const plainFilter = filter ? { ...filter } : undefined;
  const plainOrder = { field: order.field, direction: order.direction };
  return listConnection(
    AssetConnection,
    page,
    await bindCursors(scope, list, [councilId, filter, day], order),
    {
      rows: async (request) =>
        positioned(
          await loaders
            .councilAssets({ filter: plainFilter, order: plainOrder, page: request, day })
            .load(councilId),
          request,
        ),
      count: async () =>
        (await loaders.councilAssetCount({ filter: plainFilter, day }).load(councilId))?.count ?? 0,
      map: (row) => toAsset(row, day),
    },
  );
}
