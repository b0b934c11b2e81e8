import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApiKey, readApiKeys } from '../../platform/api-keys';
import { startTestGraph, type TestGraph } from '../support/services';

// Fair use through the real gateway: cost points per client per hour, told on every response,
// 429 with Retry-After once spent, other clients unaffected (they come from another loopback
// address), and the gateway's own exports charged to the client that asked for them.

const LIMIT = 400;
const QUERY = '{ councils(first: 10) { nodes { id name } } }';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: { cost?: { requested: number }; rateLimit?: Record<string, unknown> };
  };
}

/** A POST of `query` from `localAddress`, with extra headers. */
function post(
  url: string,
  query: string,
  localAddress = '127.0.0.1',
  headers: Record<string, string> = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: JSON.parse(text) as Answer['body'],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

describe('fair use: query cost points per client per hour', () => {
  let graph: TestGraph;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'api-keys-'));
  const keysFile = path.join(dir, 'keys.json');
  const key = createApiKey(keysFile, { id: 'civic-lab', name: 'Civic Lab', pointsPerHour: 5000 });

  beforeAll(async () => {
    graph = await startTestGraph({
      gatewayEnv: {
        RATE_LIMIT_POINTS_PER_HOUR: String(LIMIT),
        RESPONSE_CACHE_ENTRIES: '0',
        API_KEYS_FILE: keysFile,
      },
    });
  });
  afterAll(() => graph?.stop());

  it('tells every answer what it cost and what is left, then refuses with 429 until the hour turns', async () => {
    const first = await post(graph.gateway.url, QUERY);
    expect(first.status).toBe(200);
    const cost = first.body.extensions!.cost!.requested;
    expect(cost).toBeGreaterThan(1);
    expect(first.body.extensions!.rateLimit).toEqual({
      limit: LIMIT,
      cost,
      remaining: LIMIT - cost,
      resetAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00.000Z$/),
    });
    expect(first.headers['ratelimit-limit']).toBe(String(LIMIT));
    expect(first.headers['ratelimit-remaining']).toBe(String(LIMIT - cost));
    let last = first;
    for (let i = 0; i < Math.ceil(LIMIT / cost) + 2 && last.status === 200; i++)
      last = await post(graph.gateway.url, QUERY);
    expect(last.status).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(last.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(last.headers['ratelimit-remaining']).toBe('0');
    expect(last.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(last.body.errors?.[0].message).toMatch(/400 query cost points per hour are spent/);

    // Another client is served, and a header claiming to act for someone else changes nothing.
    const other = await post(graph.gateway.url, QUERY, '127.0.0.2', {
      'x-cpg-on-behalf-of': 'ip:127.0.0.9',
      'x-cpg-internal-token': 'guessed',
    });
    expect(other.status).toBe(200);
    expect(other.body.extensions!.rateLimit!.remaining).toBe(LIMIT - cost);

    // The gateway's own export is charged to the client that asked for it.
    const exportUrl = graph.gateway.url.replace(/\/graphql$/, '/export/councils.csv');
    const spentExport = await new Promise<number>((resolve, reject) =>
      request(exportUrl, { localAddress: '127.0.0.1' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end(),
    );
    expect(spentExport).toBe(429);
  });

  it('counts an API key apart from its address, with its own limit; refuses an unknown key', async () => {
    // The address 127.0.0.1 has spent its points above; the key from the same address has not.
    const withKey = await post(graph.gateway.url, QUERY, '127.0.0.1', { 'x-api-key': key });
    expect(withKey.status).toBe(200);
    const cost = withKey.body.extensions!.cost!.requested;
    expect(withKey.body.extensions!.rateLimit).toMatchObject({
      limit: 5000,
      remaining: 5000 - cost,
    });
    const unknown = await post(graph.gateway.url, QUERY, '127.0.0.3', { 'x-api-key': 'cpg_nope' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Only the key's hash is kept, and a file not as the script writes it stops the start.
    expect(JSON.stringify(readApiKeys(keysFile))).not.toContain(key);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        keys: [{ id: 'X Y', name: 'n', sha256: 'zz', pointsPerHour: 0, created: '' }],
      }),
    );
    expect(() => readApiKeys(bad)).toThrow(/keys\.0\.id: must be lower-case letters, digits and -/);
  });
});
