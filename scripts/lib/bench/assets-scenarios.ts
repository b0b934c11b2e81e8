import { sql, type Kysely, type RawBuilder } from 'kysely';

/** One query of `npm run bench`, through the gateway and as one hand-written SQL query. */
export interface Scenario {
  name: string;
  query: string;
  /** The same answer as one hand-written SQL query (which may read across schemas: a bench may). */
  sql: RawBuilder<unknown>;
  /** Checks once that both give the same answer; returns a line to print. */
  compare?: (gateway: unknown, sqlRows: unknown[]) => string;
}

interface Page {
  totalCount: number;
  nodes: { id: string }[];
}
interface PageRow {
  id: string;
  total: string | number;
}

/** Same ids in the same order, and the same total. */
function comparePages(gateway: unknown, rows: unknown[]): string {
  const page = (gateway as { data?: { assets?: Page } }).data?.assets;
  if (!page) return `answers differ: the gateway answered ${JSON.stringify(gateway).slice(0, 300)}`;
  const sqlRows = rows as PageRow[];
  const sqlTotal = sqlRows.length ? Number(sqlRows[0].total) : 0;
  const same =
    page.totalCount === sqlTotal &&
    JSON.stringify(page.nodes.map((n) => n.id)) === JSON.stringify(sqlRows.map((r) => r.id));
  return `${same ? 'same answer' : 'ANSWERS DIFFER'}: totalCount ${page.totalCount} (SQL ${sqlTotal}), ${page.nodes.length} nodes`;
}

// What the API counts as "on the register that day" (asset.repository.ts), written by hand.
// The derived rows carry the asset's council: with a council filter, constraining them too lets
// the planner start from the few moratoria of that council instead of walking its assets.
const periodOn = (day: string, status?: string, councilId?: string) => sql`exists (
  select 1 from assets.asset_period p where p.asset_id = a.id
    ${status ? sql`and p.status = ${status}` : sql``}
    ${councilId ? sql`and p.council_id = ${councilId}` : sql``}
    and p.starts_on <= ${day}::date and (p.ends_on is null or p.ends_on > ${day}::date))`;
const moratoriumOn = (day: string, councilId: string) => sql`exists (
  select 1 from assets.asset_moratorium m where m.asset_id = a.id and m.council_id = ${councilId}
    and m.notified_on <= ${day}::date and m.ends_on >= ${day}::date)`;

/**
 * Scenarios on the synthetic register (none when the database holds no synthetic assets): the
 * council with most listed assets in moratorium today, at two page sizes (the statement count
 * must not grow with the page), and a 5 km circle around that council's busiest point.
 */
export async function assetsScenarios<DB>(
  db: Kysely<DB>,
  day: string,
  /** The source id of the synthetic rows (the registry's `synthetic.sourceId`). */
  syntheticSourceId: string,
): Promise<Scenario[]> {
  const { rows: present } = await sql<{ present: boolean }>`select exists (
      select 1 from assets.asset where source_id = ${syntheticSourceId}) as present`.execute(db);
  if (!present[0]?.present) return [];
  const { rows: busiest } = await sql<{ council_id: string; latitude: number; longitude: number }>`
    select m.council_id, avg(a.latitude) as latitude, avg(a.longitude) as longitude
    from assets.asset_moratorium m join assets.asset a on a.id = m.asset_id
    where m.notified_on <= ${day}::date and m.ends_on >= ${day}::date
    group by m.council_id order by count(*) desc limit 1`.execute(db);
  if (!busiest.length) return [];
  const { council_id: councilId } = busiest[0];
  const latitude = Number(Number(busiest[0].latitude).toFixed(4));
  const longitude = Number(Number(busiest[0].longitude).toFixed(4));

  const inMoratorium = (first: number): Scenario => ({
    name: `assets of ${councilId}, LISTED, in moratorium today, first: ${first}, with totalCount (synthetic register)`,
    query: `{ assets(filter: { councilId: "${councilId}", status: [LISTED], inMoratorium: true }, first: ${first}) {
      totalCount nodes { id name postcode } } }`,
    sql: sql`select a.id, a.name, a.postcode, count(*) over () as total
      from assets.asset a
      where a.council_id = ${councilId} and ${periodOn(day, 'listed', councilId)}
        and ${moratoriumOn(day, councilId)}
      order by a.name, a.id limit ${first}`,
    compare: comparePages,
  });

  const km = 5;
  const dLat = km / 111.32;
  const dLon = km / (111.32 * Math.cos((latitude * Math.PI) / 180));
  const near: Scenario = {
    name: `assets within ${km} km of (${latitude}, ${longitude}), first: 20, with totalCount (synthetic register)`,
    query: `{ assets(filter: { near: { latitude: ${latitude}, longitude: ${longitude}, km: ${km} } }, first: 20) {
      totalCount nodes { id name postcode } } }`,
    sql: sql`select a.id, a.name, a.postcode, count(*) over () as total
      from assets.asset a
      where a.latitude between ${latitude - dLat} and ${latitude + dLat}
        and a.longitude between ${longitude - dLon} and ${longitude + dLon}
        and 6371 * 2 * asin(sqrt(power(sin(radians(a.latitude - ${latitude}) / 2), 2)
          + cos(radians(${latitude})) * cos(radians(a.latitude))
          * power(sin(radians(a.longitude - ${longitude}) / 2), 2))) <= ${km}
        and a.known_from <= ${day}
      order by a.name, a.id limit 20`,
    compare: comparePages,
  };
  return [inMoratorium(10), inMoratorium(100), near];
}
