import { byOnlyKey } from '../../kit/compare/grouped-totals';
import { AssetGroupBy } from './totals/totals.enums';
import { assetTotals } from './totals/totals.repository';
import type { RequestScope } from '../../kit/service/module';
import type { Kysely } from 'kysely';
import type { PageRequest } from '../../kit/list/connection';
import { groupedLoader, keyedLoader, perArguments } from '../../kit/entity/dataloaders';
import {
  countAssetsOfCouncils,
  findAssetsByIds,
  findAssetsByOrganisationIds,
  listAssetsOfCouncils,
} from './asset/asset.repository';
import { summariseCouncils } from './asset/asset-summary.repository';
import type { AssetFilter, AssetOrder } from './asset/asset.inputs';
import type { ClockSettings } from './clock';
import type { AssetsDatabase } from './database';
import { findCitationsByIds } from './citation.repository';
import { findEventsByAssetIds } from './event/event.repository';
import { findPeriodsByAssetIds } from './timeline/timeline.repository';

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
      (ids) => findAssetsByOrganisationIds(db, 'nominating_organisation_id', ids),
      (row) => row.nominating_organisation_id,
    ),
    assetsByOwnerId: groupedLoader(
      (ids) => findAssetsByOrganisationIds(db, 'owner_organisation_id', ids),
      (row) => row.owner_organisation_id,
    ),
    /** A page of each council's assets, under the same arguments. */
    councilAssets: perArguments(({ filter, order, page, day }: CouncilAssetsArgs) =>
      groupedLoader(
        (ids) => listAssetsOfCouncils(db, ids, filter, order, page, day),
        (row) => row.council_id,
      ),
    ),
    councilAssetCount: perArguments(
      ({ filter, day }: { filter: AssetFilter | undefined; day: string }) =>
        keyedLoader(
          (ids) => countAssetsOfCouncils(db, ids, filter, day),
          (row) => row.council_id,
        ),
    ),
    /**
     * Every strategic authority's asset totals on the day, by authority: one statement per
     * request and day, read by `StrategicAuthority.assetTotals` and the authorities' ranking.
     */
    authorityAssets: perArguments(async (day: string) =>
      byOnlyKey(await assetTotals(db, [AssetGroupBy.STRATEGIC_AUTHORITY], undefined, day)),
    ),
    councilSummary: perArguments((day: string) =>
      groupedLoader(
        (ids) => summariseCouncils(db, ids, day),
        (row) => row.council_id,
      ),
    ),
  };
}

export type AssetsLoaders = ReturnType<typeof createLoaders>;

export interface AssetsContext {
  db: Kysely<AssetsDatabase>;
  /** The request's data version, to which list cursors are bound. */
  scope: RequestScope;
  loaders: AssetsLoaders;
  settings: ClockSettings;
}
