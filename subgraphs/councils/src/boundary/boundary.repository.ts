import { sql, type Kysely } from 'kysely';
import type { BoundaryRow, CouncilsDatabase } from '../database';
import { BOUNDARY_COLUMNS } from './boundary.table';

type Db = Kysely<CouncilsDatabase>;

export const findBoundariesByCouncilIds = (
  db: Db,
  ids: readonly string[],
): Promise<BoundaryRow[]> =>
  db.selectFrom('boundary').select(BOUNDARY_COLUMNS).where('council_id', 'in', ids).execute();

/**
 * The district areas whose box comes within `margin` degrees of a point: the only ones that can
 * hold it, or lie near it (from the GiST index on the boxes).
 */
export const findDistrictBoundariesNear = (
  db: Db,
  point: { latitude: number; longitude: number },
  margin: number,
): Promise<BoundaryRow[]> =>
  db
    .selectFrom('boundary')
    .select(BOUNDARY_COLUMNS)
    .where('layer', '=', 'district')
    .where(
      sql<boolean>`bbox && box(point(${point.longitude - margin}, ${point.latitude - margin}), point(${point.longitude + margin}, ${point.latitude + margin}))`,
    )
    .orderBy('council_id')
    .execute();
