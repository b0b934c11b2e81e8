import { sql, type Kysely } from 'kysely';
import type { FundingDatabase } from '../database';

/** A council of a comparison group and the residents its money is divided by. */
export interface MemberPopulation {
  councilId: string;
  population: number | null;
}

/** A council's money per resident, exact (Postgres numeric, rounded to the penny). */
export interface MemberFundingRow {
  council_id: string;
  total_per_head: string | null;
  confirmed_per_head: string | null;
  board_per_head: string | null;
}

/**
 * Money per resident of each council, announced or awarded on or before `asOf` (undated records
 * count), of one programme or all: every allocation and grant (`total`), the confirmed ones, and
 * the allocations to its boards. One statement for all the councils of every group of a request.
 */
export async function memberFunding(
  db: Kysely<FundingDatabase>,
  asOf: string,
  programmeId: string | null,
  members: readonly MemberPopulation[],
): Promise<MemberFundingRow[]> {
  const populations = sql.join(members.map((m) => sql`(${m.councilId}, ${m.population}::numeric)`));
  const { rows } = await sql<MemberFundingRow>`
    with pop(council_id, population) as (values ${populations}),
    money as (
      select council_id, programme_id, basis, amount_gbp, announced_on as day,
             board_id is not null as to_board
      from funding.allocation
      union all
      select council_id, programme_id, 'confirmed', amount_gbp, award_date, false
      from funding.grant_award
    ),
    sums as (
      select pop.council_id, max(pop.population) as population,
             coalesce(sum(m.amount_gbp), 0) as total,
             coalesce(sum(m.amount_gbp) filter (where m.basis = 'confirmed'), 0) as confirmed,
             coalesce(sum(m.amount_gbp) filter (where m.to_board), 0) as to_boards
      from pop
      left join money m on m.council_id = pop.council_id
        and (m.day is null or m.day <= ${asOf}::date)
        and (${programmeId}::text is null or m.programme_id = ${programmeId}::text)
      group by pop.council_id
    )
    select council_id,
           round(total / nullif(population, 0), 2)::text as total_per_head,
           round(confirmed / nullif(population, 0), 2)::text as confirmed_per_head,
           round(to_boards / nullif(population, 0), 2)::text as board_per_head
    from sums`.execute(db);
  return rows;
}
