import { sql, type Kysely, type RawBuilder } from 'kysely';
import { groupedTotals, type GroupDimension } from '../../../kit/compare/grouped-totals';
import { AssetStatus } from '../asset/asset.enums';
import type { AssetsDatabase } from '../database';
import { AssetGroupBy } from './totals.enums';
import type { AssetTotalsFilter } from './totals.inputs';

/** What ends an asset's time on the list: sold, bought by a community group, removed, expired. */
const OUTCOMES = [
  AssetStatus.BOUGHT_BY_COMMUNITY,
  AssetStatus.SOLD,
  AssetStatus.REMOVED,
  AssetStatus.EXPIRED,
];

/** The sums of a group, as Postgres gives them. */
export interface AssetSumsRow {
  assets: number;
  proposed: number;
  nominated: number;
  listed: number;
  unsuccessful: number;
  removed: number;
  expired: number;
  sold: number;
  bought_by_community: number;
  moratoria_started: number;
  with_outcome_days: number;
  median_days_to_outcome: number | null;
  population: number | string | null;
  population_year: number | null;
  assets_per_10k: string | null;
  listed_per_10k: string | null;
}

export type AssetTotalRow = AssetSumsRow & Record<string, unknown>;

/**
 * Each key assets can be grouped by, over the asset `a`, its period `p`, dates `t`, and its
 * council's facts `c`, decile `d` and strategic authority's devolution `sa`.
 */
const DIMENSIONS: Record<AssetGroupBy, GroupDimension> = {
  [AssetGroupBy.COUNCIL]: { row: sql`a.council_id`, facts: sql`c.gss_code`, oneCouncil: true },
  [AssetGroupBy.REGION]: { row: sql`c.region`, facts: sql`c.region` },
  [AssetGroupBy.STRATEGIC_AUTHORITY]: {
    row: sql`c.strategic_authority_id`,
    facts: sql`c.strategic_authority_id`,
  },
  [AssetGroupBy.KIND]: { row: sql`c.kind`, facts: sql`c.kind`, separatesTiers: true },
  [AssetGroupBy.MAYORAL]: {
    row: sql`case when c.gss_code is null then null else coalesce(sa.mayoral, false) end`,
    facts: sql`coalesce(sa.mayoral, false)`,
  },
  [AssetGroupBy.IMD_2025_DECILE]: { row: sql`d.imd_2025_decile`, facts: sql`d.imd_2025_decile` },
  [AssetGroupBy.CATEGORY]: { row: sql`a.category`, facts: null },
  [AssetGroupBy.STATUS]: { row: sql`p.status`, facts: null },
  [AssetGroupBy.YEAR]: { row: sql`extract(year from t.listed_on)::int`, facts: null },
};

const count = (status: AssetStatus) =>
  sql`(count(*) filter (where p.status = ${status}))::int as ${sql.ref(status)}`;

const SUMS = sql`
  count(*)::int as assets,
  ${sql.join(Object.values(AssetStatus).map(count))},
  coalesce(sum(mo.started), 0)::int as moratoria_started,
  (count(*) filter (where t.outcome_on >= t.listed_on))::int as with_outcome_days,
  percentile_cont(0.5) within group (order by t.outcome_on - t.listed_on)
    filter (where t.outcome_on >= t.listed_on) as median_days_to_outcome`;

const PER_10K = sql`
  round(g.assets * 10000.0 / nullif(g.population, 0), 2) as assets_per_10k,
  round(g.listed * 10000.0 / nullif(g.population, 0), 2) as listed_per_10k`;

/** One row per council in the register (its GSS code), the facts assets groups and divides by. */
const COUNCIL_FACTS = sql`
  from (select * from assets.listing_authority where gss_code is not null and kind is not null) c
  left join assets.council_deprivation d on d.council_id = c.gss_code
  left join assets.authority_devolution sa on sa.id = c.strategic_authority_id`;

/**
 * `assetTotals`: the assets standing on `day` (status periods, as every list reads them),
 * grouped by up to four keys, counted by status, with moratoria begun and the median days from
 * first listing to an outcome, and counts per 10,000 residents: one statement.
 */
export async function assetTotals(
  db: Kysely<AssetsDatabase>,
  groupBy: readonly AssetGroupBy[],
  filter: AssetTotalsFilter | undefined,
  day: string,
): Promise<AssetTotalRow[]> {
  const conditions = [sql`true`];
  const factsWhere: RawBuilder<unknown>[] = [];
  if (filter?.councilId != null) {
    conditions.push(sql`a.council_id = ${filter.councilId}`);
    factsWhere.push(sql`c.gss_code = ${filter.councilId}`);
  }
  if (filter?.strategicAuthorityId?.length) {
    const authorities = sql`c.strategic_authority_id in (${sql.join(filter.strategicAuthorityId)})`;
    conditions.push(authorities);
    factsWhere.push(authorities);
  }
  if (filter?.category?.length) conditions.push(sql`a.category in (${sql.join(filter.category)})`);
  if (filter?.status?.length) conditions.push(sql`p.status in (${sql.join(filter.status)})`);
  const { rows } = await groupedTotals({
    dimensions: groupBy.map((key) => DIMENSIONS[key]),
    rows: sql`
      from assets.asset a
      join assets.asset_period p
        on p.asset_id = a.id and p.starts_on <= ${day} and (p.ends_on is null or p.ends_on > ${day})
      left join assets.listing_authority c on c.gss_code = a.council_id
      left join assets.council_deprivation d on d.council_id = a.council_id
      left join assets.authority_devolution sa on sa.id = c.strategic_authority_id
      cross join lateral (
        select min(q.starts_on) filter (where q.status = ${AssetStatus.LISTED}) as listed_on,
               min(q.starts_on) filter (where q.status in (${sql.join(OUTCOMES)})) as outcome_on
        from assets.asset_period q
        where q.asset_id = a.id and q.starts_on <= ${day}
      ) t
      cross join lateral (
        select count(*) as started from assets.asset_moratorium m
        where m.asset_id = a.id and m.notified_on <= ${day}
      ) mo
      where ${sql.join(conditions, sql` and `)}`,
    sums: SUMS,
    facts: COUNCIL_FACTS,
    factsWhere,
    placed: sql`c.gss_code is not null`,
    perHead: PER_10K,
  }).execute(db);
  return rows as AssetTotalRow[];
}
