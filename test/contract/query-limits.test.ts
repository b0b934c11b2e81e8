import {
  endpointsOf,
  startTestGateway,
  startTestGraph,
  graphql,
  type TestGraph,
  TEST_SUBGRAPH_SECRET,
} from '../support/services';
import { subgraphModules } from '../../subgraphs';
import { SHARED_SECRET_HEADER } from '../../platform/http/subgraph-secret';
import { EXAMPLES } from '../../gateway/explorer/examples';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../../platform/limits/query-limits';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const LIMIT_CODES = /QUERY_TOO_COSTLY|TOO_MANY_/;
const LEAK =
  /serviceName|stacktrace|at [\w.]+ \(|\/work\/|node_modules|https?:\/\/(localhost|127\.)|select |<html/i;

/**
 * The first keyed entity of a subgraph's own SDL: one it resolves, or else (a subgraph that
 * owns none) one it only points at; the limits hold before any is resolved.
 */
async function entityOf(url: string): Promise<string> {
  const sdl: string = (await graphql(url, '{ _service { sdl } }')).data!._service.sdl;
  return (/type (\w+)[^{]*@key\(fields: "id"\)/.exec(sdl) ??
    /type (\w+)[^{]*@key\(fields: "id"/.exec(sdl))![1];
}

const entitiesQuery = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
const representations = (type: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ __typename: type, id: `id-${i}` }));

/** POSTs a raw body and reads the answer as text, with how long it took. */
/**
 * A refusal's bound: generous, so that a loaded 2-core CI machine passes, yet far below what these
 * requests cost before they were refused early (12 to 50 s). Precise figures: `npm run soak`.
 */
const REFUSED_WITHIN_MS = 2_000;

async function post(url: string, body: string | Buffer) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    // The gateway's secret, as the gateway sends it: what is tested is the body handling.
    headers: { 'content-type': 'application/json', [SHARED_SECRET_HEADER]: TEST_SUBGRAPH_SECRET },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

describe('query limits and error hygiene, on every endpoint (defaults)', () => {
  let graph: TestGraph;
  const endpoints = () => endpointsOf(graph);
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('tells every client what its query cost, in extensions', async () => {
    const gateway = await graphql(graph.gateway.url, '{ councils(first: 5) { nodes { id } } }');
    // The connection, and up to 5 councils.
    expect(gateway.status).toBe(200);
    expect((gateway as { extensions?: unknown }).extensions).toEqual({
      cost: { requested: 6, limit: DEFAULT_QUERY_LIMITS.cost },
    });
    for (const module of subgraphModules) {
      const response = await graphql(graph.subgraphs[module.name].url, '{ _service { sdl } }');
      expect({
        name: module.name,
        extensions: (response as { extensions?: unknown }).extensions,
      }).toEqual({
        name: module.name,
        extensions: { cost: { requested: 1, limit: DEFAULT_QUERY_LIMITS.cost } },
      });
    }
  });

  it('accepts every README example within the limits, and says what each cost', async () => {
    for (const example of EXAMPLES) {
      const response = await graphql(graph.gateway.url, example.query);
      const cost = (response as { extensions?: { cost?: { requested: number } } }).extensions?.cost;
      expect({
        example: example.operationName,
        limited: JSON.stringify(response.errors ?? []),
      }).not.toEqual({
        example: example.operationName,
        limited: expect.stringMatching(LIMIT_CODES),
      });
      expect(cost?.requested).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.cost);
    }
  });

  it('refuses a query whose lists multiply past the cost limit, naming the cost and the limit', async () => {
    // London councils → authority → members → authority → members: 28 MB in 8 s before.
    const hops = await graphql(
      graph.gateway.url,
      `
        {
          councils(first: 100, filter: { region: LONDON }) {
            nodes {
              strategicAuthority {
                members {
                  strategicAuthority {
                    members {
                      strategicAuthority {
                        members {
                          name
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `,
    );
    expect(hops.status).toBe(400);
    expect(hops.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Query cost \d+ exceeds the limit of 50000/),
      extensions: { code: 'QUERY_TOO_COSTLY' },
    });
    // `first` from a variable counts as written.
    const paged = await graphql(
      graph.gateway.url,
      'query ($n: Int) { councils(first: $n) { nodes { districts { districts { districts { id } } } } } }',
      { n: 100 },
    );
    expect(paged.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses a few hundred bytes of fragments that expand to millions of fields, in milliseconds', async () => {
    let fragments = 'fragment F0 on Council { id name }\n';
    for (let i = 1; i <= 12; i++)
      fragments += `fragment F${i} on Council { ...F${i - 1} districts { ...F${i - 1} } }\n`;
    const started = performance.now();
    const response = await graphql(
      graph.gateway.url,
      `
        {
          council(code: "SHF") {
            ...F8
          }
        }
        ${fragments}
      `,
    );
    expect(performance.now() - started).toBeLessThan(REFUSED_WITHIN_MS);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toMatch(
      /QUERY_TOO_COSTLY|GRAPHQL_VALIDATION_FAILED/,
    );
  });

  it('answers fragments that spread each other twice, 30 levels deep, in milliseconds', async () => {
    // Few fields once merged, but 2^30 walks for a check that does not remember fragments.
    let fragments = 'fragment F30 on Council { id name }\n';
    for (let i = 0; i < 30; i++)
      fragments += `fragment F${i} on Council { ...F${i + 1} ...F${i + 1} }\n`;
    const started = performance.now();
    const response = await graphql(
      graph.gateway.url,
      `
        {
          council(code: "SHF") {
            ...F0
          }
        }
        ${fragments}
      `,
    );
    expect(performance.now() - started).toBeLessThan(REFUSED_WITHIN_MS);
    expect(response.errors).toBeUndefined();
    expect(response.data?.council).toMatchObject({ name: expect.any(String) });
  });

  it('refuses 30,000 aliases of a cheap field with 400 within a bound (17 s before)', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    for (const [name, url] of endpoints()) {
      const started = performance.now();
      const huge = await graphql(url, aliases(30_000));
      const ms = performance.now() - started;
      expect({ name, status: huge.status, fast: ms < REFUSED_WITHIN_MS }).toEqual({
        name,
        status: 400,
        fast: true,
      });
      expect(huge.errors?.[0].message).toMatch(/more tha[nt] 5000 tokens/);
      // Within the token limit, the alias limit (on a field each endpoint has).
      const field = name === 'gateway' ? 'council(code: "SHF")' : '_service';
      const many = await graphql(
        url,
        `{ ${field} { ${aliases(101)
          .slice(1, -1)
          .replace(/__typename/g, name === 'gateway' ? 'name' : 'sdl')} } }`,
      );
      expect({ name, status: many.status }).toEqual({ name, status: 400 });
      expect(many.errors?.[0]).toMatchObject({
        message: 'Query has 101 aliases; the limit is 100.',
        extensions: { code: 'TOO_MANY_ALIASES' },
      });
    }
  });

  it('answers malformed JSON with a JSON 400 and a body over 1 MiB with a JSON 413, fast and without internals', async () => {
    for (const [name, url] of endpoints()) {
      const malformed = await post(url, '{"query": "{ __typename }"');
      expect({ name, status: malformed.status }).toEqual({ name, status: 400 });
      expect(JSON.parse(malformed.text)).toEqual({
        errors: [
          { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
      expect(malformed.text).not.toMatch(LEAK);
      const large = await post(
        url,
        JSON.stringify({ query: `{ __typename }${' '.repeat(1_100_000)}` }),
      );
      expect({ name, status: large.status, fast: large.ms < REFUSED_WITHIN_MS }).toEqual({
        name,
        status: 413,
        fast: true,
      });
      expect(JSON.parse(large.text).errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(large.text).not.toMatch(LEAK);
    }
  });

  it('says a subgraph the gateway gave up on timed out (GATEWAY_TIMEOUT), naming no service', async () => {
    // A subgraph that accepts the connection and never answers.
    const sockets = new Set<import('node:net').Socket>();
    const silent = http.createServer(() => undefined);
    silent.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    const gateway = await startTestGateway(
      { ...graph.subgraphs, councils: { ...graph.subgraphs.councils, url } },
      { SUBGRAPH_TIMEOUT_MS: '300' },
    );
    try {
      const response = await graphql(gateway.url, '{ council(code: "SHF") { name } }');
      expect(response.errors?.[0]).toMatchObject({
        message: expect.stringContaining('did not answer within 300 ms'),
        extensions: { code: 'GATEWAY_TIMEOUT' },
      });
      expect(JSON.stringify(response)).not.toMatch(LEAK);
    } finally {
      await gateway.stop();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('query limits, tightened, on every endpoint', () => {
  const tight: QueryLimits = {
    ...DEFAULT_QUERY_LIMITS,
    cost: 10,
    aliases: 3,
    rootFields: 5,
    tokens: 200,
    directives: 2,
    entities: 20,
  };
  const env = {
    MAX_QUERY_COST: '10',
    MAX_QUERY_ALIASES: '3',
    MAX_QUERY_ROOT_FIELDS: '5',
    MAX_QUERY_TOKENS: '200',
    MAX_QUERY_DIRECTIVES: '2',
  };
  let graph: TestGraph;
  const endpoints = () => endpointsOf(graph);
  beforeAll(async () => {
    graph = await startTestGraph({ gatewayEnv: env, subgraphLimits: tight });
  });
  afterAll(() => graph?.stop());

  const refused = async (
    url: string,
    query: string,
    code: string,
    message: RegExp,
    variables?: Record<string, unknown>,
  ) => {
    const response = await graphql(url, query, variables);
    expect({ url, status: response.status, error: response.errors?.[0] }).toEqual({
      url,
      status: 400,
      error: expect.objectContaining({
        message: expect.stringMatching(message),
        extensions: { code },
      }),
    });
    expect(JSON.stringify(response)).not.toMatch(LEAK);
  };

  it('refuses too many root fields, aliases, directives and tokens, naming the limit and the count', async () => {
    for (const [, url] of endpoints()) {
      await refused(
        url,
        `{ ${'__typename '.repeat(6)}}`,
        'TOO_MANY_ROOT_FIELDS',
        /has 6 root fields; the limit is 5/,
      );
      await refused(
        url,
        '{ a: __typename b: __typename c: __typename d: __typename }',
        'TOO_MANY_ALIASES',
        /has 4 aliases; the limit is 3/,
      );
      await refused(
        url,
        '{ __typename @include(if: true) __typename @skip(if: false) __typename @include(if: true) }',
        'TOO_MANY_DIRECTIVES',
        /has 3 directives; the limit is 2/,
      );
      await refused(
        url,
        `{ ${'__typename '.repeat(250)}}`,
        'GRAPHQL_PARSE_FAILED',
        /more tha[nt] 200 tokens/,
      );
    }
  });

  it('refuses a query over the cost limit on the gateway', async () => {
    await refused(
      graph.gateway.url,
      '{ councils(first: 11) { nodes { id } } }',
      'QUERY_TOO_COSTLY',
      /^Query cost 12 exceeds the limit of 10/,
    );
  });

  it('caps the representations of one _entities call, and counts them in the cost, on every subgraph', async () => {
    for (const module of subgraphModules) {
      const url = graph.subgraphs[module.name].url;
      const type = await entityOf(url);
      await refused(
        url,
        entitiesQuery,
        'QUERY_TOO_COSTLY',
        /^Query cost 11 exceeds the limit of 10/,
        { r: representations(type, 11) },
      );
      await refused(
        url,
        entitiesQuery,
        'TOO_MANY_ENTITIES',
        /given 21 representations; the limit is 20/,
        { r: representations(type, 21) },
      );
    }
  });
});
