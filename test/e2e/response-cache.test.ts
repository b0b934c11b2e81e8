import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { runImport } from '../../subgraphs/kit/ingest/pipeline';
import type { Database } from '../../platform/db/database';
import type { CouncilsDatabase } from '../../subgraphs/councils/src/database';
import { registerImporter } from '../../subgraphs/councils/ingest/register.importer';
import { fixtureCopy } from '../support/fixtures';
import { graphql, startTestGraph, TEST_SUBGRAPH_SECRET, type TestGraph } from '../support/services';
import { SHARED_SECRET_HEADER } from '../../platform/http/subgraph-secret';

const REGISTER = 'uk_local_authorities.csv';
const PROFILE = `query Profile($code: String!) {
  council(code: $code) { code officialName neighbourhoodBoards(first: 5) { totalCount } }
}`;

/** A POST through the gateway, with the cache header and the raw body text. */
async function post(url: string, variables: Record<string, unknown>, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: PROFILE, variables }),
  });
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    body: await response.text(),
  };
}

/**
 * A GET, as a CDN or browser sends it (Apollo's CSRF guard wants the preflight header). fetch
 * adds `Cache-Control: no-cache` to a conditional request unless told otherwise, which asks for
 * an end-to-end reload (never a 304): send what a revalidating cache sends.
 */
async function get(url: string, variables: Record<string, unknown>, headers = {}) {
  const search = new URLSearchParams({ query: PROFILE, variables: JSON.stringify(variables) });
  const response = await fetch(`${url}?${search}`, {
    headers: { 'apollo-require-preflight': 'true', 'cache-control': 'max-age=0', ...headers },
  });
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    cache: response.headers.get('x-cache'),
    body: await response.text(),
  };
}

describe('response cache, keyed by the data version read on every request', () => {
  let graph: TestGraph;
  let councils: Database<CouncilsDatabase>;
  let files: ReturnType<typeof fixtureCopy>;

  // The strict mode: every cacheable request reads the subgraphs' versions before it answers.
  beforeAll(async () => {
    graph = await startTestGraph({
      gatewayEnv: { CACHE_MAX_AGE_SECONDS: '60', DATA_VERSION_PUSH: 'false' },
    });
    councils = graph.database.open<CouncilsDatabase>('councils');
    files = fixtureCopy('councils', [REGISTER]);
  });
  afterAll(() => graph?.stop());

  const rename = async (name: string) => {
    files.edit(REGISTER, (csv) => csv.replace(/Sheffield City Council[^,]*/, name));
    await runImport(councils, registerImporter, files.path(REGISTER));
  };

  it('answers a repeat from the cache, byte for byte, and misses on other variables', async () => {
    const first = await post(graph.gateway.url, { code: 'SHF' });
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    graph.statements.councils.reset();
    const repeat = await post(graph.gateway.url, { code: 'SHF' });
    expect(repeat).toEqual({ ...first, cache: 'hit' });
    expect(graph.statements.councils.count).toBe(0);

    const other = await post(graph.gateway.url, { code: 'ASF' });
    expect(other.cache).toBe('miss');
    expect(JSON.parse(other.body).data.council.code).toBe('ASF');
  });

  it('answers from the new data on the very next request after a load', async () => {
    await post(graph.gateway.url, { code: 'SHF' });
    expect((await post(graph.gateway.url, { code: 'SHF' })).cache).toBe('hit');

    await rename('Sheffield City Council (reloaded)');
    const next = await post(graph.gateway.url, { code: 'SHF' });
    expect(next.cache).toBe('miss');
    expect(JSON.parse(next.body).data.council.officialName).toBe(
      'Sheffield City Council (reloaded)',
    );
    expect((await post(graph.gateway.url, { code: 'SHF' })).cache).toBe('hit');
  });

  it('keeps serving the cache after a rejected load, which changes nothing', async () => {
    const before = await post(graph.gateway.url, { code: 'SHF' });
    // A second Sheffield row: refused by the register's checks, so the load rolls back.
    files.edit(REGISTER, (csv) => {
      const line = csv.split('\n').find((row) => row.startsWith('SHF,'))!;
      return `${csv.trimEnd()}\n${line.replace(/Sheffield City Council[^,]*/, 'Duplicate')}\n`;
    });
    await expect(runImport(councils, registerImporter, files.path(REGISTER))).rejects.toThrow();
    const after = await post(graph.gateway.url, { code: 'SHF' });
    expect(after).toEqual({ ...before, cache: 'hit' });
    files.edit(REGISTER, (csv) =>
      csv
        .split('\n')
        .filter((row) => !row.startsWith('SHF,Duplicate'))
        .join('\n'),
    );
  });

  it('gives a GET an ETag and public caching, 304 on a match, a new ETag after a load', async () => {
    const first = await get(graph.gateway.url, { code: 'SHF' });
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^W\/".+"$/);
    expect(first.cacheControl).toBe('public, max-age=60');

    const revalidated = await get(
      graph.gateway.url,
      { code: 'SHF' },
      {
        'if-none-match': first.etag!,
      },
    );
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe('');

    await rename('Sheffield City Council (GET)');
    const changed = await get(
      graph.gateway.url,
      { code: 'SHF' },
      {
        'if-none-match': first.etag!,
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.etag).not.toBe(first.etag);
    expect(JSON.parse(changed.body).data.council.officialName).toBe('Sheffield City Council (GET)');
  });

  it('never caches a request that carries credentials', async () => {
    const headers = { authorization: 'Bearer someone' };
    await post(graph.gateway.url, { code: 'SHF' }, headers);
    graph.statements.councils.reset();
    const again = await post(graph.gateway.url, { code: 'SHF' }, headers);
    expect(again.cache).toBe('bypass');
    expect(graph.statements.councils.count).toBeGreaterThan(0);

    const viaGet = await get(graph.gateway.url, { code: 'SHF' }, { cookie: 'session=1' });
    expect(viaGet).toMatchObject({ status: 200, cache: 'bypass', cacheControl: 'no-store' });
  });

  it('does not cache a POST publicly, nor an answer with errors', async () => {
    const send = () =>
      fetch(graph.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ council(id: "x", code: "y") { code } }' }),
      });
    for (const response of [await send(), await send()]) {
      expect(((await response.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
      expect(response.headers.get('x-cache')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect((await post(graph.gateway.url, { code: 'SHF' })).cache).toBe('hit');
    const cached = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PROFILE, variables: { code: 'SHF' } }),
    });
    expect(cached.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the version of each subgraph only to its gateway', async () => {
    const url = graph.subgraphs.councils.url.replace(/\/graphql$/, '/version');
    expect((await fetch(url)).status).toBe(401);
    const response = await fetch(url, {
      headers: { [SHARED_SECRET_HEADER]: TEST_SUBGRAPH_SECRET },
    });
    expect(await response.json()).toEqual({
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      live: true,
    });
  });
});

describe('response cache, with data versions pushed by the subgraphs', () => {
  let graph: TestGraph;
  let councils: Database<CouncilsDatabase>;
  let files: ReturnType<typeof fixtureCopy>;
  const versionUrl = () => graph.subgraphs.councils.url.replace(/\/graphql$/, '/version');
  const version = async (after?: string) => {
    const query = after === undefined ? '' : `?after=${encodeURIComponent(after)}`;
    const response = await fetch(`${versionUrl()}${query}`, {
      headers: { [SHARED_SECRET_HEADER]: TEST_SUBGRAPH_SECRET },
    });
    return (await response.json()) as { version: string; live: boolean };
  };
  const rename = async (name: string) => {
    files.edit(REGISTER, (csv) => csv.replace(/^(SHF,)[^,]*/m, `$1${name}`));
    await runImport(councils, registerImporter, files.path(REGISTER));
  };
  /** Asks until the answer names `name` (at most 2 s); how long that took, and the answers. */
  const untilNamed = async (name: string) => {
    const started = performance.now();
    const answers: Awaited<ReturnType<typeof post>>[] = [];
    for (;;) {
      const answer = await post(graph.gateway.url, { code: 'SHF' });
      answers.push(answer);
      if (JSON.parse(answer.body).data.council.officialName === name)
        return { ms: performance.now() - started, answers };
      if (performance.now() - started > 2_000) throw new Error(`never answered ${name}`);
    }
  };

  beforeAll(async () => {
    graph = await startTestGraph();
    councils = graph.database.open<CouncilsDatabase>('councils');
    files = fixtureCopy('councils', [REGISTER]);
  });
  afterAll(() => graph?.stop());

  it('holds a /version?after= request until a load commits, and answers a rolled-back one never', async () => {
    const before = await version();
    expect(before.live).toBe(true);
    const waiting = version(before.version);
    let answered = false;
    void waiting.then(() => (answered = true));

    // A second Sheffield row: refused, rolled back, announced to nobody.
    const original = readFileSync(files.path(REGISTER), 'utf8');
    files.edit(
      REGISTER,
      (csv) => `${csv.trimEnd()}\n${csv.split('\n').find((r) => r.startsWith('SHF,'))}\n`,
    );
    await expect(runImport(councils, registerImporter, files.path(REGISTER))).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answered).toBe(false);

    files.edit(REGISTER, () => original);
    await rename('Sheffield (pushed)');
    const after = await waiting;
    expect(after).toEqual({ version: expect.any(String), live: true });
    expect(after.version).not.toBe(before.version);
  });

  it('answers a repeat as sent before, with the same headers, ETag and 304, never with credentials', async () => {
    const headersOf = async (response: Response) => {
      // Every header but the ones that say when and how the connection is kept.
      const headers = Object.fromEntries(
        [...response.headers].filter(
          ([name]) => !['date', 'keep-alive', 'connection'].includes(name),
        ),
      );
      return { status: response.status, headers, body: await response.text() };
    };
    const send = () =>
      fetch(graph.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: PROFILE, variables: { code: 'ASF' } }),
      }).then(headersOf);
    const first = await send();
    expect(first.headers['x-cache']).toBe('miss');
    graph.statements.councils.reset();
    const repeat = await send();
    expect(repeat).toEqual({ ...first, headers: { ...first.headers, 'x-cache': 'hit' } });
    expect(graph.statements.councils.count).toBe(0);

    const viaGet = await get(graph.gateway.url, { code: 'ASF' });
    const again = await get(graph.gateway.url, { code: 'ASF' });
    expect(again).toEqual({ ...viaGet, cache: 'hit' });
    const revalidated = await get(
      graph.gateway.url,
      { code: 'ASF' },
      { 'if-none-match': viaGet.etag! },
    );
    expect(revalidated.status).toBe(304);
    // Without the preflight header Apollo refuses a GET (CSRF): a repeat is refused the same.
    const search = new URLSearchParams({ query: PROFILE, variables: '{"code":"ASF"}' });
    expect((await fetch(`${graph.gateway.url}?${search}`)).status).toBe(400);
    expect((await post(graph.gateway.url, { code: 'ASF' }, { cookie: 'a=b' })).cache).toBe(
      'bypass',
    );
    // A client that prefers the GraphQL-over-HTTP media type gets it on repeats too (Apollo's).
    const preferring = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
      },
      body: JSON.stringify({ query: PROFILE, variables: { code: 'ASF' } }),
    });
    expect(preferring.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(preferring.headers.get('x-cache')).toBe('hit');
  });

  it('answers repeats from the cache and the new data once the load is announced', async () => {
    await post(graph.gateway.url, { code: 'SHF' });
    expect((await post(graph.gateway.url, { code: 'SHF' })).cache).toBe('hit');

    await rename('Sheffield (announced)');
    const { ms, answers } = await untilNamed('Sheffield (announced)');
    // The announcement comes round in about a millisecond; 2 s would be a broken push.
    expect(ms).toBeLessThan(2_000);
    expect(answers.at(-1)!.cache).toBe('miss');
    expect((await post(graph.gateway.url, { code: 'SHF' })).cache).toBe('hit');
  });

  it('reads per request while a subgraph cannot push, and pushes again once it listens again', async () => {
    await post(graph.gateway.url, { code: 'SHF' });
    // Cut the subgraphs' LISTEN sessions, as a database restart or failover would.
    const admin = graph.database.open('councils');
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and application_name = 'test-listen'`.execute(admin.db);
    for (let i = 0; (await version()).live && i < 100; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await version()).live).toBe(false);
    // The gateway heard `live: false` on its open request; give that answer time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));

    await rename('Sheffield (read)');
    const next = await post(graph.gateway.url, { code: 'SHF' });
    expect(JSON.parse(next.body).data.council.officialName).toBe('Sheffield (read)');
    expect(next.cache).toBe('miss');

    // The watch reconnects (after 1 s), listens and reads again.
    for (let i = 0; !(await version()).live && i < 100; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await version()).live).toBe(true);
    await rename('Sheffield (pushed again)');
    expect((await untilNamed('Sheffield (pushed again)')).ms).toBeLessThan(2_000);
  });
});

describe('deduplication of identical subgraph requests in flight', () => {
  let graph: TestGraph;

  // No response cache: every request executes, so only the deduplication can share work.
  beforeAll(async () => {
    graph = await startTestGraph({ gatewayEnv: { RESPONSE_CACHE_ENTRIES: '0' } });
  });
  afterAll(() => graph?.stop());

  it('makes one subgraph fetch for identical concurrent requests', async () => {
    const query = '{ councils(first: 50) { nodes { code name } } }';
    await graphql(graph.gateway.url, query);
    graph.statements.councils.reset();
    await graphql(graph.gateway.url, query);
    const one = graph.statements.councils.count;
    expect(one).toBeGreaterThan(0);

    graph.statements.councils.reset();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => graphql(graph.gateway.url, query)),
    );
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(graph.statements.councils.count).toBeLessThan(8 * one);
  });
});
