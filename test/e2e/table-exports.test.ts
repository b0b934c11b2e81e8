import { parse } from 'csv-parse/sync';
import { graphql, startTestGateway, startTestGraph, type TestGraph } from '../support/services';

// Every table export is checked against the API's own answer to the same query, row for row,
// and against the datapackage.json that describes it.

interface DataPackage {
  profile: string;
  licenses: { name: string }[];
  resources: {
    name: string;
    path: string;
    format: string;
    schema: { fields: { name: string; type: string }[] };
    licenses: { name: string }[];
    sources: { title: string; path: string }[];
  }[];
}

describe('CSV and JSONL exports with a Frictionless descriptor (real data)', () => {
  let graph: TestGraph;
  let base: string;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
    base = graph.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => graph?.stop());

  const download = async (path: string) => {
    const response = await fetch(`${base}/export/${path}`);
    return { response, text: await response.text() };
  };
  const csv = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
  const query = async (text: string) => {
    const response = await graphql(graph.gateway.url, text);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  it('exports fundingTotals by two keys as the API answers them, row for row', async () => {
    const { response, text } = await download('fundingTotals.csv?groupBy=REGION,PROGRAMME');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('x-licences')).toMatch(/OGL-UK-3.0/);
    expect(response.headers.get('x-data-version')).toBeTruthy();
    expect(response.headers.get('link')).toMatch(/datapackage\.json/);
    const rows = csv(text);
    const data = await query(
      '{ fundingTotals(groupBy: [REGION, PROGRAMME]) { key region programme { id } total { amount } recordCount perHead { population total { amount } } } }',
    );
    expect(rows.map((r) => r.key)).toEqual(data.fundingTotals.map((t: { key: string }) => t.key));
    data.fundingTotals.forEach(
      (
        t: {
          region: string | null;
          programme: { id: string };
          total: { amount: string };
          recordCount: number;
          perHead: { population: number; total: { amount: string } } | null;
        },
        i: number,
      ) => {
        expect(rows[i]).toMatchObject({
          region: t.region ?? '',
          programmeId: t.programme.id,
          totalGbp: t.total.amount,
          recordCount: String(t.recordCount),
          population: t.perHead ? String(t.perHead.population) : '',
          totalPerHeadGbp: t.perHead?.total.amount ?? '',
        });
      },
    );
  });

  it('exports every asset as JSONL across pages, equal to paging the API', async () => {
    const { response, text } = await download('assets.jsonl?asOf=2026-11-27');
    expect(response.status).toBe(200);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data = await query(
        `{ assets(first: 100, asOf: "2026-11-27"${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor } nodes { id status(asOf: "2026-11-27") { status } } } }`,
      );
      ids.push(...data.assets.nodes.map((n: { id: string }) => n.id));
      if (!data.assets.pageInfo.hasNextPage) break;
      after = data.assets.pageInfo.endCursor;
    }
    expect(ids.length).toBeGreaterThan(100); // more than one page
    expect(response.headers.get('x-total-count')).toBe(String(ids.length));
    expect(lines.map((l) => l.id)).toEqual(ids);
    expect(Object.keys(lines[0])).toContain('status');
  });

  it('exports ranked metrics and asset totals', async () => {
    const filter = encodeURIComponent('{"active":true,"region":"NORTH_WEST"}');
    const metrics = csv((await download(`metrics.csv?within=REGION&filter=${filter}`)).text);
    const data = await query(
      '{ councils(first: 100, filter: { active: true, region: NORTH_WEST }) { nodes { id comparison(within: REGION) { fundingPerHead { value rank } } } } }',
    );
    expect(metrics.map((m) => m.councilId)).toEqual(
      data.councils.nodes.map((c: { id: string }) => c.id),
    );
    data.councils.nodes.forEach(
      (
        c: { comparison: { fundingPerHead: { value: string | null; rank: number | null } } },
        i: number,
      ) => {
        expect(metrics[i].fundingPerHead_value).toBe(c.comparison.fundingPerHead.value ?? '');
        expect(metrics[i].fundingPerHead_rank).toBe(String(c.comparison.fundingPerHead.rank ?? ''));
      },
    );
    const totals = csv((await download('assetTotals.csv?groupBy=STATUS&asOf=2026-11-27')).text);
    const api = await query(
      '{ assetTotals(groupBy: STATUS, asOf: "2026-11-27") { status assets } }',
    );
    expect(totals.map((t) => [t.status, Number(t.assets)])).toEqual(
      api.assetTotals.map((t: { status: string; assets: number }) => [t.status, t.assets]),
    );
  });

  it('exports every entity list: strategic authorities, programmes, grants, organisations', async () => {
    const authorities = csv((await download('strategicAuthorities.csv')).text);
    const gmca = authorities.find((a) => a.id === 'GMCA')!;
    expect(gmca).toMatchObject({
      mayoral: 'true',
      mayorSince: '2017-05-04',
      devolutionLevel: 'ESTABLISHED_MAYORAL',
    });
    const data = await query(
      '{ strategicAuthorities(first: 100) { totalCount } programmes(first: 100) { totalCount } grants(first: 100) { totalCount } organisations(first: 100) { totalCount } }',
    );
    expect(authorities.length).toBe(data.strategicAuthorities.totalCount);
    for (const table of ['programmes', 'grants', 'organisations'] as const) {
      const lines = (await download(`${table}.jsonl`)).text.trimEnd().split('\n');
      expect(lines.length).toBe(data[table].totalCount);
    }
  });

  it('describes every table in datapackage.json, with the columns each file has', async () => {
    const { response, text } = await download('datapackage.json');
    expect(response.status).toBe(200);
    const descriptor = JSON.parse(text) as DataPackage;
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.licenses.map((l) => l.name)).toEqual(
      expect.arrayContaining(['OGL-UK-3.0', 'CC-BY-4.0']),
    );
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(resource.licenses.length).toBeGreaterThan(0);
      expect(resource.sources.length).toBeGreaterThan(0);
      const file = await download(resource.path);
      expect(file.response.status).toBe(200);
      const header = parse(file.text, { to_line: 1 }) as string[][];
      expect(header[0]).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });

  it('refuses what it cannot export with a status and a reason', async () => {
    const refused = async (path: string, status = 400) => {
      const { response, text } = await download(path);
      expect(response.status).toBe(status);
      return (JSON.parse(text) as { error: string }).error;
    };
    expect(await refused('fundingTotals.csv')).toMatch(/needs `groupBy`/);
    expect(await refused('fundingTotals.csv?groupBy=POSTCODE')).toMatch(/POSTCODE/);
    expect(await refused('fundingTotals.csv?groupBy=region')).toMatch(/names like REGION/);
    expect(await refused('assets.csv?colour=red')).toMatch(/unknown parameter `colour`/);
    expect(await refused('metrics.csv?within=REGION&filter=nope')).toMatch(/JSON object/);
    expect(await refused('budgets.csv', 404)).toMatch(/no export "budgets.csv"/);
  });

  it('refuses a table longer than EXPORT_MAX_ROWS before sending a row, and serves a narrower one', async () => {
    const small = await startTestGateway(graph.subgraphs, { EXPORT_MAX_ROWS: '100' });
    try {
      const at = small.url.replace(/\/graphql$/, '/export/');
      const whole = await fetch(`${at}assets.csv`);
      expect(whole.status).toBe(400);
      expect(((await whole.json()) as { error: string }).error).toMatch(
        /would hold 1\d\d rows, more than the 100 one export may hold; narrow it with `filter`/,
      );
      const filter = encodeURIComponent('{"status":["LISTED"]}');
      const narrow = await fetch(`${at}assets.csv?filter=${filter}`);
      expect(narrow.status).toBe(200);
      expect(csv(await narrow.text()).length).toBe(Number(narrow.headers.get('x-total-count')));
    } finally {
      await small.stop();
    }
  });
});
