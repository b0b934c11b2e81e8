import { sql, type Kysely } from 'kysely';
import type { AssetsDatabase } from '../database';

export interface SummaryRow {
  council_id: string;
  /** An `AssetStatus` value, `in_moratorium`, or `moratoria_started` (by that day, ever). */
  measure: string;
  count: number;
}

/**
 * Counts by status on `day`, assets in a moratorium that day and moratoria begun by then, for
 * several councils in one statement (one union).
 */
export async function summariseCouncils(
  db: Kysely<AssetsDatabase>,
  councilIds: readonly string[],
  day: string,
): Promise<SummaryRow[]> {
  const ids = [...councilIds];
  const { rows } = await sql<SummaryRow>`
    select council_id, status as measure, count(*)::int as count
    from assets.asset_period
    where council_id = any(${ids}::text[])
      and starts_on <= ${day} and (ends_on is null or ends_on > ${day})
    group by council_id, status
    union all
    select council_id, 'in_moratorium', count(distinct asset_id)::int
    from assets.asset_moratorium
    where council_id = any(${ids}::text[]) and notified_on <= ${day} and ends_on >= ${day}
    group by council_id
    union all
    select council_id, 'moratoria_started', count(*)::int
    from assets.asset_moratorium
    where council_id = any(${ids}::text[]) and notified_on <= ${day}
    group by council_id`.execute(db);
  return rows;
}
