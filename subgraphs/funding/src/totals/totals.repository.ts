import { sql, type Kysely, type RawBuilder } from 'kysely';
import { groupedTotals, type GroupDimension } from '../../../kit/compare/grouped-totals';
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
  /** A bigint sum comes back as text; a council's own population as a number. */
  population: number | string | null;
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

/** Each key money can be grouped by, over the money `m`, its council's facts `c` and `d`. */
const DIMENSIONS: Record<FundingGroupBy, GroupDimension> = {
  [FundingGroupBy.PROGRAMME]: { row: sql`m.programme_id`, facts: null },
  [FundingGroupBy.FINANCIAL_YEAR]: { row: sql`m.financial_year`, facts: null },
  [FundingGroupBy.COUNCIL]: { row: sql`m.council_id`, facts: sql`c.council_id`, oneCouncil: true },
  [FundingGroupBy.REGION]: { row: sql`c.region`, facts: sql`c.region` },
  [FundingGroupBy.STRATEGIC_AUTHORITY]: {
    row: sql`c.strategic_authority_id`,
    facts: sql`c.strategic_authority_id`,
  },
  [FundingGroupBy.KIND]: { row: sql`c.kind`, facts: sql`c.kind`, separatesTiers: true },
  [FundingGroupBy.MAYORAL]: {
    row: sql`case when c.council_id is null then null else coalesce(sa.mayoral, false) end`,
    facts: sql`coalesce(sa.mayoral, false)`,
  },
  [FundingGroupBy.IMD_2025_DECILE]: { row: sql`d.imd_2025_decile`, facts: sql`d.imd_2025_decile` },
};

const COUNCIL_FACTS = sql`
  from funding.council_fact c
  left join funding.council_deprivation d on d.council_id = c.council_id
  left join funding.authority_devolution sa on sa.id = c.strategic_authority_id`;

/** A row of `fundingTotals`: its keys (`k0`…, in the order asked), sums and per-head figures. */
export type FundingTotalRow = SumsRow & Record<string, unknown>;

/**
 * `fundingTotals`: the money grouped by up to four keys, summed and divided by Postgres on exact
 * decimals, in one statement. Records announced or awarded after `asOf` are left out; undated
 * ones count.
 */
export async function fundingTotals(
  db: Db,
  groupBy: readonly FundingGroupBy[],
  filter: FundingTotalsFilter | undefined,
  asOf: string | undefined,
): Promise<FundingTotalRow[]> {
  const conditions = [sql`true`];
  const factsWhere: RawBuilder<unknown>[] = [];
  if (filter?.programmeId?.length)
    conditions.push(sql`m.programme_id in (${sql.join(filter.programmeId)})`);
  if (filter?.kind?.length) conditions.push(sql`m.basis in (${sql.join(filter.kind)})`);
  if (filter?.recordType?.length)
    conditions.push(sql`m.record_type in (${sql.join(filter.recordType)})`);
  if (filter?.councilId != null) {
    conditions.push(sql`m.council_id = ${filter.councilId}`);
    factsWhere.push(sql`c.council_id = ${filter.councilId}`);
  }
  if (filter?.strategicAuthorityId?.length) {
    const authorities = sql`c.strategic_authority_id in (${sql.join(filter.strategicAuthorityId)})`;
    conditions.push(authorities);
    factsWhere.push(authorities);
  }
  if (asOf !== undefined) conditions.push(sql`(m.day is null or m.day <= ${asOf}::date)`);
  const { rows } = await groupedTotals({
    dimensions: groupBy.map((key) => DIMENSIONS[key]),
    rows: sql`
      from (${MONEY}) m
      left join funding.council_fact c on c.council_id = m.council_id
      left join funding.council_deprivation d on d.council_id = m.council_id
      left join funding.authority_devolution sa on sa.id = c.strategic_authority_id
      where ${sql.join(conditions, sql` and `)}`,
    sums: SUMS,
    facts: COUNCIL_FACTS,
    factsWhere,
    placed: sql`c.council_id is not null`,
    perHead: PER_HEAD,
  }).execute(db);
  return rows as FundingTotalRow[];
}
