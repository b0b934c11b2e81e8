import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { FundingDatabase } from '../database';
import { FundingGroupBy } from './totals.enums';
import type { FundingTotalsFilter } from './totals.inputs';

type Db = Kysely<FundingDatabase>;

/** Sums as Postgres prints numeric: exact decimal strings. */
export interface SumsRow {
  record_count: number;
  allocation_count: number;
  grant_count: number;
  without_amount_count: number;
  confirmed: string;
  capped: string;
  total: string;
  population: number | null;
  population_year: number | null;
  confirmed_per_head: string | null;
  total_per_head: string | null;
}

/** Every allocation and grant as one list of money, each counted once. */
const MONEY = sql`
  select 'allocation' as record_type, programme_id, council_id, basis, amount_gbp,
         announced_on as day, financial_year
  from funding.allocation
  union all
  select 'grant', programme_id, council_id, 'confirmed', amount_gbp, award_date, financial_year
  from funding.grant_award`;

/** The sums of the rows of a group, and per head of `population` (a column of the query). */
const SUMS = sql`
  count(*)::int as record_count,
  (count(*) filter (where m.record_type = 'allocation'))::int as allocation_count,
  (count(*) filter (where m.record_type = 'grant'))::int as grant_count,
  (count(*) - count(m.amount_gbp))::int as without_amount_count,
  coalesce(sum(m.amount_gbp) filter (where m.basis = 'confirmed'), 0) as confirmed,
  coalesce(sum(m.amount_gbp) filter (where m.basis = 'cap'), 0) as capped,
  coalesce(sum(m.amount_gbp), 0) as total`;

const PER_HEAD = sql`
  round(g.confirmed / nullif(g.population, 0), 2) as confirmed_per_head,
  round(g.total / nullif(g.population, 0), 2) as total_per_head`;

export interface CouncilFundingKey {
  councilId: string;
  asOf: string;
  population: number | null;
  populationYear: number | null;
}

export interface CouncilFundingRow extends SumsRow {
  council_id: string;
  programme_id: string | null;
  /** 1 on the council's total over every programme (a grouping-sets row). */
  all_programmes: number;
}

/**
 * A council's money announced or awarded on or before `asOf` (undated records count), per
 * programme and in total (grouping sets, so Postgres does every sum), and per head of the
 * population the representation brought (`@requires`). One statement for every council of the
 * batch that shares `asOf`.
 */
export async function councilFunding(
  db: Db,
  asOf: string,
  keys: readonly CouncilFundingKey[],
): Promise<CouncilFundingRow[]> {
  const populations = sql.join(
    keys.map((k) => sql`(${k.councilId}, ${k.population}::int, ${k.populationYear}::int)`),
  );
  const { rows } = await sql<CouncilFundingRow>`
    with pop(council_id, population, population_year) as (values ${populations}),
    g as (
      select m.council_id, m.programme_id, grouping(m.programme_id) as all_programmes, ${SUMS},
             max(pop.population) as population, max(pop.population_year) as population_year
      from (${MONEY}) m
      join pop on pop.council_id = m.council_id
      where m.day is null or m.day <= ${asOf}::date
      group by grouping sets ((m.council_id, m.programme_id), (m.council_id))
    )
    select g.*, ${PER_HEAD} from g
    order by g.council_id, g.programme_id nulls last`.execute(db);
  return rows;
}

/** The sums alone, without a population to divide by. */
export type MoneySums = Omit<
  SumsRow,
  'population' | 'population_year' | 'confirmed_per_head' | 'total_per_head'
>;

export interface BoardFundingRow extends MoneySums {
  board_id: string;
}

/**
 * The sums of each board's allocations announced on or before `asOf` (undated ones count), by
 * Postgres on exact decimals: one statement for every board of the batch.
 */
export async function boardFunding(
  db: Db,
  asOf: string,
  boardIds: readonly string[],
): Promise<BoardFundingRow[]> {
  const { rows } = await sql<BoardFundingRow>`
    select m.board_id, ${SUMS}
    from (select 'allocation' as record_type, board_id, basis, amount_gbp, announced_on
          from funding.allocation) m
    where m.board_id in (${sql.join([...boardIds])})
      and (m.announced_on is null or m.announced_on <= ${asOf}::date)
    group by m.board_id`.execute(db);
  return rows;
}

/** The group key and the population of each group, per grouping (fixed SQL, no user text). */
const GROUPINGS: Record<
  FundingGroupBy,
  { key: RawBuilder<unknown>; population: RawBuilder<unknown> }
> = {
  [FundingGroupBy.PROGRAMME]: {
    key: sql`m.programme_id`,
    population: sql`select null::text as key, null::bigint as population, null::int as population_year where false`,
  },
  [FundingGroupBy.FINANCIAL_YEAR]: {
    key: sql`m.financial_year`,
    population: sql`select null::text as key, null::bigint as population, null::int as population_year where false`,
  },
  [FundingGroupBy.COUNCIL]: {
    key: sql`m.council_id`,
    population: sql`select council_id as key, population::bigint, population_year::int from funding.council_fact`,
  },
  // Districts and unitaries only: a county's residents are already its districts'.
  [FundingGroupBy.REGION]: {
    key: sql`c.region`,
    population: sql`
      select region as key, sum(population)::bigint as population,
             max(population_year)::int as population_year
      from funding.council_fact
      where current and lower_or_unitary and region is not null
      group by region`,
  },
  [FundingGroupBy.IMD_2025_DECILE]: {
    key: sql`d.imd_2025_decile::text`,
    population: sql`
      select d.imd_2025_decile::text as key, sum(c.population)::bigint as population,
             max(c.population_year)::int as population_year
      from funding.council_deprivation d
      join funding.council_fact c on c.council_id = d.council_id
      group by d.imd_2025_decile`,
  },
};

export interface FundingTotalRow extends SumsRow {
  key: string | null;
}

/** `fundingTotals`: the money grouped one way, summed and divided by Postgres, one statement. */
export async function fundingTotals(
  db: Db,
  groupBy: FundingGroupBy,
  filter: FundingTotalsFilter | undefined,
): Promise<FundingTotalRow[]> {
  const grouping = GROUPINGS[groupBy];
  const conditions = [sql`true`];
  if (filter?.programmeId?.length)
    conditions.push(sql`m.programme_id in (${sql.join(filter.programmeId)})`);
  if (filter?.kind?.length) conditions.push(sql`m.basis in (${sql.join(filter.kind)})`);
  if (filter?.recordType?.length)
    conditions.push(sql`m.record_type in (${sql.join(filter.recordType)})`);
  if (filter?.councilId != null) conditions.push(sql`m.council_id = ${filter.councilId}`);
  const { rows } = await sql<FundingTotalRow>`
    with sums as (
      select ${grouping.key} as key, ${SUMS}
      from (${MONEY}) m
      left join funding.council_fact c on c.council_id = m.council_id
      left join funding.council_deprivation d on d.council_id = m.council_id
      where ${sql.join(conditions, sql` and `)}
      group by 1
    ),
    g as (
      select sums.*, pop.population, pop.population_year
      from sums left join (${grouping.population}) pop on pop.key = sums.key
    )
    select g.*, ${PER_HEAD} from g
    order by ${groupBy === FundingGroupBy.IMD_2025_DECILE ? sql`g.key::int` : sql`g.key`} nulls last`.execute(
    db,
  );
  return rows;
}
