import { sql, type Kysely } from 'kysely';
import type { FundingDatabase, ProgrammeRow } from '../database';
import { PROGRAMME_COLUMNS } from './programme.table';

type Db = Kysely<FundingDatabase>;

export const findProgrammesByIds = (db: Db, ids: readonly string[]): Promise<ProgrammeRow[]> =>
  db.selectFrom('programme').select(PROGRAMME_COLUMNS).where('id', 'in', ids).execute();

/** Every programme; there are a handful. */
export const listProgrammes = (db: Db): Promise<ProgrammeRow[]> =>
  db.selectFrom('programme').select(PROGRAMME_COLUMNS).orderBy('id').execute();

export interface CoverageRow {
  programme_id: string;
  held: number;
  held_with_amount: number;
}

/** Allocations and grants held per programme, counted in one statement. */
export async function countHeldByProgrammeIds(
  db: Db,
  ids: readonly string[],
): Promise<CoverageRow[]> {
  const { rows } = await sql<CoverageRow>`
    select programme_id, count(*)::int as held, count(amount_gbp)::int as held_with_amount
    from (
      select programme_id, amount_gbp from funding.allocation
      union all
      select programme_id, amount_gbp from funding.grant_award
    ) records
    where programme_id in (${sql.join([...ids])})
    group by programme_id`.execute(db);
  return rows;
}
