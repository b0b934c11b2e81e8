import type { RequestScope } from '../../kit/service/module';
import type DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { groupedLoader, keyedLoader } from '../../kit/entity/dataloaders';
import {
  findCouncilsByCodes,
  findCouncilsByCountyCodes,
  findCouncilsByIds,
  findCouncilsByStrategicAuthorities,
  findCouncilsReplacedBy,
} from './council/council.repository';
import { findBoundariesByCouncilIds } from './boundary/boundary.repository';
import type { CouncilRow, CouncilsDatabase } from './database';
import { findDeprivationByCouncilIds } from './deprivation/deprivation.repository';
import {
  findDevolutionByIds,
  findStrategicAuthoritiesByIds,
} from './strategic-authority/strategic-authority.repository';

/** Per-request DataLoaders: each batch of keys costs one SQL statement. */
export function createLoaders(db: Kysely<CouncilsDatabase>) {
  // A council fetched by one key is primed under the other, so asking for it both ways costs
  // one statement.
  const councilById: DataLoader<string, CouncilRow | null> = keyedLoader(
    (ids) => findCouncilsByIds(db, ids),
    (row) => row.id,
    (row) => councilByCode.prime(row.code, row),
  );
  const councilByCode: DataLoader<string, CouncilRow | null> = keyedLoader(
    (codes) => findCouncilsByCodes(db, codes),
    (row) => row.code,
    (row) => councilById.prime(row.id, row),
  );
  return {
    councilById,
    councilByCode,
    districtsByCountyCode: groupedLoader(
      (codes) => findCouncilsByCountyCodes(db, codes),
      (row) => row.county_code,
    ),
    membersByStrategicAuthority: groupedLoader(
      (codes) => findCouncilsByStrategicAuthorities(db, codes),
      (row) => row.strategic_authority_code,
    ),
    predecessorsByCode: groupedLoader(
      (codes) => findCouncilsReplacedBy(db, codes),
      (row) => row.replaced_by_codes,
    ),
    deprivationByCouncilId: groupedLoader(
      (ids) => findDeprivationByCouncilIds(db, ids),
      (row) => row.council_id,
    ),
    boundaryByCouncilId: keyedLoader(
      (ids) => findBoundariesByCouncilIds(db, ids),
      (row) => row.council_id,
    ),
    strategicAuthorityById: keyedLoader(
      (ids) => findStrategicAuthoritiesByIds(db, ids),
      (row) => row.id,
    ),
    devolutionById: keyedLoader(
      (ids) => findDevolutionByIds(db, ids),
      (row) => row.id,
    ),
  };
}

export type CouncilsLoaders = ReturnType<typeof createLoaders>;

export interface CouncilsContext {
  db: Kysely<CouncilsDatabase>;
  /** The request's data version, to which list cursors are bound. */
  scope: RequestScope;
  loaders: CouncilsLoaders;
}
