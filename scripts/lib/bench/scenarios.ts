import { sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * One query of `npm run bench` with the variables it is sent with. Latency runs take the
 * variables in turn (so a response cache sees distinct requests until the list wraps);
 * throughput runs at 10 connections once with the first variables only ("identical", where
 * in-flight deduplication can help) and once taking them in turn ("varying").
 */
export interface BenchScenario {
  /** Short label for the tables: `Q1`, `Q2`, `cached repeat`. */
  label: string;
  name: string;
  query: string;
  variables: Record<string, unknown>[];
  /** The same answer as one hand-written SQL query, for one set of variables. */
  sql: (variables: Record<string, unknown>) => RawBuilder<unknown>;
  /** When true, latency runs repeat the first variables: the same request every time. */
  repeat?: boolean;
}

// The page sizes the list scenarios cycle through: the statement count must not depend on them.
const FIRSTS = Array.from({ length: 50 }, (_, i) => 100 - i);

export const Q1_QUERY = `query CouncilProfile($code: String!) {
  council(code: $code) {
    id name
    strategicAuthority { name members { name } }
    deprivation(edition: IMD_2025) { rankOfAverageScore decile }
    neighbourhoodBoards { totalCount nodes { id placeName } }
  }
}`;

export const FLOOR_QUERY = `query Floor($code: String!) { council(code: $code) { id name } }`;

export const Q2_QUERY = `query ResearchTable($first: Int!) {
  councils(first: $first, filter: { nation: ENGLAND }) {
    nodes {
      id name
      strategicAuthority { name }
      deprivation(edition: IMD_2025) { rankOfAverageScore }
      neighbourhoodBoards { totalCount nodes { id placeName } }
    }
  }
}`;

export const Q3_QUERY = `query BoardsList($first: Int!) {
  neighbourhoodBoards(first: $first) {
    nodes { id placeName council { name deprivation(edition: IMD_2025) { decile } } }
  }
}`;

const q2Sql = (first: number) => sql`select c.id, c.name, sa.name as authority,
    d.rank_of_average_score,
    (select json_agg(json_build_object('id', b.id, 'placeName', b.place_name)
        order by b.place_name, b.id)
      from neighbourhood_boards.board_current b where b.council_id = c.id) as boards
  from (select * from councils.council where nation = 'England' order by name, id limit ${first}) c
  left join councils.strategic_authority sa on sa.id = c.strategic_authority_code
  left join councils.deprivation d on d.council_id = c.id and d.edition = 'IMD_2025'
  order by c.name, c.id`;

/**
 * The floor (the smallest federated query), Q1–Q3 of issue 11 and a cached repeat. Q1's councils are the English councils with both a
 * strategic authority and a Neighbourhood Board (up to 50), read from the database.
 */
export async function benchScenarios<DB>(db: Kysely<DB>): Promise<BenchScenario[]> {
  const { rows } = await sql<{ code: string }>`select c.code from councils.council c
    where c.active and c.nation = 'England' and c.strategic_authority_code is not null
      and exists (select 1 from neighbourhood_boards.board_current b where b.council_id = c.id)
    order by c.code limit 50`.execute(db);
  const codes = rows.length ? rows.map((r) => r.code) : ['SHF'];
  const firsts = FIRSTS.map((first) => ({ first }));
  return [
    {
      label: 'floor',
      name: 'one council by code, two fields: one subgraph, one statement (the fixed cost of a hop)',
      query: FLOOR_QUERY,
      variables: codes.map((code) => ({ code })),
      sql: ({ code }) =>
        sql`select c.id, c.name from councils.council c where c.code = ${code as string}`,
    },
    {
      label: 'Q1',
      name: 'council profile: council + authority + members + IMD + boards',
      query: Q1_QUERY,
      variables: codes.map((code) => ({ code })),
      sql: ({ code }) => sql`select c.id, c.name, sa.name as authority,
          (select json_agg(m.name order by m.name, m.id) from councils.council m
            where m.strategic_authority_code = c.strategic_authority_code) as members,
          d.rank_of_average_score, d.decile,
          (select json_agg(json_build_object('id', b.id, 'placeName', b.place_name)
              order by b.place_name, b.id)
            from neighbourhood_boards.board_current b where b.council_id = c.id) as boards
        from councils.council c
        left join councils.strategic_authority sa on sa.id = c.strategic_authority_code
        left join councils.deprivation d on d.council_id = c.id and d.edition = 'IMD_2025'
        where c.code = ${code as string}`,
    },
    {
      label: 'Q2',
      name: 'research table: 100 English councils, IMD rank, authority, boards',
      query: Q2_QUERY,
      variables: firsts,
      sql: ({ first }) => q2Sql(first as number),
    },
    {
      label: 'Q3',
      name: 'boards list: 100 boards with council and IMD decile',
      query: Q3_QUERY,
      variables: firsts,
      sql: ({ first }) => sql`select b.id, b.place_name, c.name, d.decile
        from (select id, place_name, council_id from neighbourhood_boards.board_current
              order by place_name, id limit ${first as number}) b
        left join councils.council c on c.id = b.council_id
        left join councils.deprivation d on d.council_id = c.id and d.edition = 'IMD_2025'
        order by b.place_name, b.id`,
    },
    {
      label: 'cached repeat',
      name: 'Q2 with first: 100, the same request every time (a response cache would answer it)',
      query: Q2_QUERY,
      variables: [{ first: 100 }],
      sql: () => q2Sql(100),
      repeat: true,
    },
  ];
}

const FUNDING_TOTALS_QUERY = `{
  fundingTotals(groupBy: COUNCIL) { key council { id } total { amount } perHead { total { amount } } }
}`;

const METRICS_QUERY = `query Metrics($first: Int!) {
  councils(first: $first, filter: { active: true }) {
    nodes { id comparison(within: REGION) { fundingPerHead { value rank of } } }
  }
}`;

/**
 * Issue 18's benchmark: money per head for 100 councils, ranked within their regions, against
 * `fundingTotals` by council (the same sums, unranked). The SQL ranks with a window function.
 */
export function compareScenarios(): BenchScenario[] {
  return [
    {
      label: 'totals',
      name: 'fundingTotals(groupBy: COUNCIL): every council with money, summed and per head',
      query: FUNDING_TOTALS_QUERY,
      variables: [{}],
      sql: () => sql`select m.council_id, sum(m.amount_gbp) as total,
          round(sum(m.amount_gbp) / nullif(max(c.population), 0), 2) as per_head
        from (select council_id, amount_gbp from funding.allocation
              union all select council_id, amount_gbp from funding.grant_award) m
        left join funding.council_fact c on c.council_id = m.council_id
        group by m.council_id`,
    },
    {
      label: 'metrics',
      name: 'metrics: 100 current councils, funding per head ranked within their region',
      query: METRICS_QUERY,
      variables: FIRSTS.map((first) => ({ first })),
      sql: ({ first }) => sql`with money as (
          select council_id, amount_gbp, announced_on as day from funding.allocation
          union all select council_id, amount_gbp, award_date from funding.grant_award),
        per as (
          select c.id, c.name, coalesce(c.region, c.nation) as grp, c.tier = 'upper tier' as county,
                 round(coalesce(sum(m.amount_gbp), 0) / nullif(c.population, 0), 2) as value
          from councils.council c
          left join money m on m.council_id = c.id and (m.day is null or m.day <= current_date)
          where c.active
          group by c.id, c.name, c.region, c.nation, c.tier, c.population),
        ranked as (
          select id, name, value, rank() over (partition by grp, county order by value desc) as rank,
                 count(value) over (partition by grp, county) as of
          from per)
        select id, value, rank, of from ranked order by name, id limit ${first as number}`,
    },
  ];
}
