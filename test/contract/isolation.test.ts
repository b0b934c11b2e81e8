import { startTestGraph, graphql, TEST_SUBGRAPH_SECRET, type TestGraph } from '../support/services';
import { SHARED_SECRET_HEADER } from '../../platform/http/subgraph-secret';
import { subgraphModules } from '../../subgraphs';

/**
 * Subgraphs answer only their gateway: every registered subgraph refuses a direct call without the
 * secret (401) or with a wrong one (403), before `_service`, `_entities` or any other operation;
 * the gateway, which sends the secret, still answers.
 */
describe('subgraph isolation and CORS', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const post = (url: string, query: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  const OPERATIONS = [
    '{ _service { sdl } }',
    '{ _entities(representations: [{ __typename: "Council", id: "E08000019" }]) { __typename } }',
    '{ __typename }',
  ];

  it.each(subgraphModules.map((module) => module.name))(
    '%s refuses a call without the secret (401) or with a wrong one (403), as JSON',
    async (name) => {
      const { url } = graph.subgraphs[name];
      expect(new URL(url).hostname).toBe('127.0.0.1');
      for (const query of OPERATIONS) {
        const missing = await post(url, query);
        expect(missing.status).toBe(401);
        expect(missing.headers.get('content-type')).toMatch(/application\/json/);
        expect(await missing.json()).toEqual({
          errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })],
        });
        const wrong = await post(url, query, { [SHARED_SECRET_HEADER]: 'not-the-secret-at-all!' });
        expect(wrong.status).toBe(403);
        expect(await wrong.json()).toMatchObject({
          errors: [{ extensions: { code: 'FORBIDDEN' } }],
        });
      }
      // A GET (Apollo answers queries over GET too) is refused the same way.
      const get = await fetch(`${url}?query=${encodeURIComponent('{ _service { sdl } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(401);
      // With the secret, it answers.
      const allowed = await post(url, '{ _service { sdl } }', {
        [SHARED_SECRET_HEADER]: TEST_SUBGRAPH_SECRET,
      });
      expect(allowed.status).toBe(200);
    },
  );

  it('the gateway sends the secret, so queries through it are answered', async () => {
    const response = await graphql(
      graph.gateway.url,
      '{ council(code: "SHF") { name } }',
      undefined,
      {
        [SHARED_SECRET_HEADER]: '',
      },
    );
    expect(response.status).toBe(200);
    expect(response.data?.council).toEqual({ name: 'Sheffield' });
  });

  it('answers a browser preflight with 204 and the CORS headers (any origin by default)', async () => {
    const response = await fetch(graph.gateway.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://frontend.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();

    const actual = await graphql(graph.gateway.url, '{ __typename }', undefined, {
      origin: 'https://frontend.example',
    });
    expect(actual.status).toBe(200);
  });

  it('keeps Apollo CSRF prevention for simple requests', async () => {
    const simple = await fetch(
      `${graph.gateway.url}?query=${encodeURIComponent('{ __typename }')}`,
      {
        headers: { origin: 'https://evil.example' },
      },
    );
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF|preflight/i);
  });

  it('respects an allow-list of origins', async () => {
    const { startTestGateway } = await import('../support/services');
    const listed = await startTestGateway(graph.subgraphs, {
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    try {
      const preflight = (origin: string) =>
        fetch(listed.url, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
      const allowed = await preflight('https://b.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://b.example');
      expect(allowed.headers.get('vary')).toMatch(/Origin/);
      const refused = await preflight('https://other.example');
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(refused.headers.get('access-control-allow-methods')).toBeNull();
    } finally {
      await listed.stop();
    }
  });
});
