import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { PageRequest } from '../../kit/connection';
import { groupedLoader, keyedLoader } from '../../kit/loaders';
import {
  countAssetsOfCouncils,
  findAssetsByIds,
  findAssetsByNominatorIds,
  listAssetsOfCouncils,
} from './asset/asset.repository';
import { summariseCouncils, type SummaryRow } from './asset/asset-summary.repository';
import type { AssetFilter, AssetOrder } from './asset/asset.inputs';
import type { ClockSettings } from './clock';
import type { AssetRow, AssetsDatabase } from './database';
import { findCitationsByIds } from './citation.repository';
import { findEventsByAssetIds } from './event/event.repository';
import { findPeriodsByAssetIds } from './timeline/timeline.repository';

/** One DataLoader per distinct set of arguments, made on first use within the request. */
function perArguments<Args, Loader>(make: (args: Args) => Loader) {
  const loaders = new Map<string, Loader>();
  return (args: Args): Loader => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(args)));
    return loader;
  };
}

export interface CouncilAssetsArgs {
  filter: AssetFilter | undefined;
  order: AssetOrder;
  page: PageRequest;
  day: string;
}

/** Per-request DataLoaders: each batch of keys costs one SQL statement. */
export function createLoaders(db: Kysely<AssetsDatabase>) {
  return {
    assetById: keyedLoader(
      (ids) => findAssetsByIds(db, ids),
      (row) => row.id,
    ),
    eventsByAssetId: groupedLoader(
      (ids) => findEventsByAssetIds(db, ids),
      (row) => row.asset_id,
    ),
    periodsByAssetId: groupedLoader(
      (ids) => findPeriodsByAssetIds(db, ids),
      (row) => row.asset_id,
    ),
    citationById: keyedLoader(
      (ids) => findCitationsByIds(db, ids),
      (row) => row.id,
    ),
    assetsByNominatorId: groupedLoader(
      (ids) => findAssetsByNominatorIds(db, ids),
      (row) => row.nominating_organisation_id,
    ),
    /** A page of each council's assets, under the same arguments. */
    councilAssets: perArguments(
      ({ filter, order, page, day }: CouncilAssetsArgs) =>
        new DataLoader<string, AssetRow[]>(async (ids) => {
          const rows = await listAssetsOfCouncils(db, ids, filter, order, page, day);
          return ids.map((id) => rows.filter((row) => row.council_id === id));
        }),
    ),
    councilAssetCount: perArguments(
      ({ filter, day }: { filter: AssetFilter | undefined; day: string }) =>
        new DataLoader<string, number>(async (ids) => {
          const counts = new Map(
            (await countAssetsOfCouncils(db, ids, filter, day)).map((r) => [r.council_id, r.count]),
          );
          return ids.map((id) => counts.get(id) ?? 0);
        }),
    ),
    councilSummary: perArguments(
      (day: string) =>
        new DataLoader<string, SummaryRow[]>(async (ids) => {
          const rows = await summariseCouncils(db, ids, day);
          return ids.map((id) => rows.filter((row) => row.council_id === id));
        }),
    ),
  };
}

export type AssetsLoaders = ReturnType<typeof createLoaders>;

export interface AssetsContext {
  db: Kysely<AssetsDatabase>;
  loaders: AssetsLoaders;
  settings: ClockSettings;
}
