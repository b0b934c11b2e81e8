import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { graphql, startTestGraph, type GraphQLResponse, type TestGraph } from '../support/services';
import { dataDirectory } from '../../platform/paths';
import { ASSETS_EXAMPLE } from '../../gateway/explorer/examples';

interface FileRow {
  record_id: string;
  local_authority_gss_code: string;
  status: string;
  decision_date: string;
  date_listed: string;
  listing_expiry_date: string;
}

interface EventRow {
  record_id: string;
  event: string;
  date: string;
}

const events = (): EventRow[] =>
  parse(readFileSync(path.join(dataDirectory(), 'acv_events.csv')), { columns: true });

/** Last day of five years beginning with `day` (s.87(3)); no record in the file is listed on 29 Feb. */
const fiveYearsEnd = (day: string) => {
  const date = new Date(`${Number(day.slice(0, 4)) + 5}${day.slice(4)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
};

const fileRows = (): FileRow[] =>
  parse(readFileSync(path.join(dataDirectory(), 'assets_of_community_value.csv')), {
    columns: true,
  });

/** The day the harvested records were read: asking about it gives the file as compiled. */
const READ_ON = '2026-11-27';

describe('assets on the real records, through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
  });
  afterAll(() => graph?.stop());

  it('serves every record of the file with its council resolved by the councils subgraph', async () => {
    const rows = fileRows();
    const ids = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const { data, errors }: GraphQLResponse = await graphql(
        graph.gateway.url,
        `query($after: String) { assets(first: 100, after: $after, asOf: "${READ_ON}") {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { id council { id name } status { status } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      expect(data!.assets.totalCount).toBe(rows.length);
      for (const node of data!.assets.nodes) {
        ids.add(node.id);
        const row = rows.find((r) => r.record_id === node.id)!;
        expect(node.council).toEqual({
          id: row.local_authority_gss_code,
          name: expect.any(String),
        });
      }
      if (!data!.assets.pageInfo.hasNextPage) break;
      after = data!.assets.pageInfo.endCursor;
    }
    expect(ids.size).toBe(rows.length);
  });

  it("counts each council's assets by status as the file records them on the day it was read", async () => {
    const rows = fileRows();
    const councils = [...new Set(rows.map((r) => r.local_authority_gss_code))];
    expect(councils).toHaveLength(45);
    const fields =
      'id assetSummary(asOf: "' +
      READ_ON +
      '") { total listed expired unsuccessful nominated removed soldOnOpenMarket boughtByCommunity inMoratorium proposed }';
    const query = `{ ${councils.map((id, i) => `c${i}: council(id: "${id}") { ${fields} }`).join(' ')} }`;
    const { data, errors } = await graphql(graph.gateway.url, query);
    expect(errors).toBeUndefined();
    const nodes = councils.map((_, i) => data![`c${i}`]);
    const allEvents = events();
    const word = (status: string) => status.split(/[ (,]/)[0];
    for (const council of nodes) {
      const mine = rows.filter((r) => r.local_authority_gss_code === council.id);
      // The file's own word, except a listing whose five years (s.87(3)) ended before the day the
      // file was read: the law ends it whatever a stale page says.
      const lastListing = (r: FileRow) =>
        [
          r.date_listed,
          r.decision_date,
          ...allEvents
            .filter((e) => e.record_id === r.record_id && ['listed', 'relisted'].includes(e.event))
            .map((e) => e.date),
        ]
          .filter(Boolean)
          .sort()
          .pop();
      const lapsed = (r: FileRow) => {
        if (word(r.status) !== 'listed') return false;
        const listed = lastListing(r);
        const end = listed ? fiveYearsEnd(listed) : r.listing_expiry_date;
        return Boolean(end) && end < READ_ON;
      };
      const count = (w: string) =>
        mine.filter(
          (r) =>
            (lapsed(r)
              ? 'expired'
              : word(r.status) === 'approved'
                ? 'nominated'
                : word(r.status)) === w,
        ).length;
      expect(council.assetSummary).toEqual({
        total: mine.length,
        listed: count('listed'),
        expired: count('expired'),
        unsuccessful: count('unsuccessful'),
        nominated: count('nominated'),
        removed: count('removed'),
        soldOnOpenMarket: count('sold'),
        boughtByCommunity: 0,
        proposed: count('proposed'),
        inMoratorium: 0,
      });
    }
  });

  it('gives the Chequers Inn the listing end of s.87(3) and says it has lapsed', async () => {
    const { data, errors } = await graphql(
      graph.gateway.url,
      `{ asset(id: "WHA-ACV-2021-01", asOf: "${READ_ON}") { name
          listingExpiresOn { date rule }
          status { status since basis }
          recordedStatus { status readOn }
          before: status(asOf: "2026-05-18") { status since }
          citations { publisher } source { id } trust { record } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.asset).toMatchObject({
      name: 'Chequers Inn',
      listingExpiresOn: { date: '2026-05-18', rule: expect.stringContaining('s.87(3)') },
      status: { status: 'EXPIRED', since: '2026-05-19', basis: 'rule:listing-ended' },
      recordedStatus: { status: 'LISTED', readOn: READ_ON },
      before: { status: 'LISTED', since: '2021-05-19' },
      citations: [{ publisher: 'Welwyn Hatfield Borough Council' }],
      source: { id: 'S-CPG-ACV' },
    });
  });

  it('resolves an asset listed by an abolished council to its successor, and says so', async () => {
    const { data, errors } = await graphql(
      graph.gateway.url,
      '{ asset(id: "NYE-ACV-H-01") { listingAuthorityName successionNote council { id name } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.asset.council.id).toBe('E06000065');
    expect(data!.asset.successionNote).toMatch(
      /^Listed by Harrogate Borough Council \(E07000165\), which ended on 2023-04-01 .*; its list is now held by North Yorkshire Council\.$/,
    );
  });

  it('gives an asset the grants that bought it, from the funding subgraph, across the graph', async () => {
    const { data, errors } = await graphql(
      graph.gateway.url,
      '{ asset(id: "CHW-ACV-H-01") { name council { name } grants { nodes { title amountAwarded { amount } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.asset.grants.nodes).toEqual([
      {
        title: expect.stringContaining('Golden Lion'),
        amountAwarded: { amount: expect.stringMatching(/^\d+\.\d{2}$/) },
      },
    ]);
  });

  it("answers the README's assets example without errors", async () => {
    const { data, errors } = await graphql(graph.gateway.url, ASSETS_EXAMPLE);
    expect(errors).toBeUndefined();
    const henryJenkins = data!.council.assets.nodes.find(
      (asset: { id: string }) => asset.id === 'NYE-ACV-H-01',
    );
    expect(henryJenkins.grants.nodes).toHaveLength(1);
    expect(henryJenkins.successionNote).toMatch(/^Listed by Harrogate Borough Council/);
  });
});
