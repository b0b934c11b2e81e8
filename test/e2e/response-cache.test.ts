import type { Kysely } from 'kysely';
import { runLoader } from '../../subgraphs/kit/ingest/loader';
import { registerLoader } from '../../subgraphs/councils/ingest/register.loader';
import { fixtureCopy } from '../support/fixtures';
import { graphql, startTestGraph, TEST_SUBGRAPH_SECRET, type TestGraph } from '../support/services';
import { SHARED_SECRET_HEADER } from '../../subgraphs/kit/http-service';

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

describe('response cache, keyed by the data version', () => {
  let graph: TestGraph;
  let councilsDb: Kysely<unknown>;
  let files: ReturnType<typeof fixtureCopy>;

  beforeAll(async () => {
    graph = await startTestGraph({ gatewayEnv: { CACHE_MAX_AGE_SECONDS: '60' } });
    councilsDb = graph.database.open('councils').db;
    files = fixtureCopy('councils', [REGISTER]);
  });
  afterAll(() => graph?.stop());

  const rename = async (name: string) => {
    files.edit(REGISTER, (csv) => csv.replace(/Sheffield City Council[^,]*/, name));
    await runLoader(councilsDb, registerLoader, files.path(REGISTER));
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
    await expect(runLoader(councilsDb, registerLoader, files.path(REGISTER))).rejects.toThrow();
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
    expect(await response.json()).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
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
