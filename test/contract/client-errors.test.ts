import { ENTITIES, ENTITY_NAMES } from '../../schema/entities';
import { endpointsOf, startTestGraph, graphql, type TestGraph } from '../support/services';
import { subgraphModules } from '../../subgraphs';

/**
 * The error rules every endpoint keeps, gateway and each registered subgraph alike (a new
 * subgraph is covered by being in the registry). A client's mistake is a 4xx naming what was
 * wrong; nothing internal (service names, URLs, stacks) reaches the client.
 */
describe('client errors are client errors, on every endpoint', () => {
  let graph: TestGraph;
  const endpoints = () => endpointsOf(graph);

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const expectClientError = (
    response: Awaited<ReturnType<typeof graphql>>,
    message: RegExp,
    code: string,
  ) => {
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code },
    });
    expect(JSON.stringify(response)).not.toMatch(
      /serviceName|stacktrace|https?:\/\/(localhost|127\.)/,
    );
  };

  it('answers a mutation the schema does not have with 400', async () => {
    for (const [name, url] of endpoints()) {
      const response = await graphql(url, 'mutation { anything }');
      expect({ name, status: response.status }).toEqual({ name, status: 400 });
      expectClientError(response, /mutation/i, 'GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('answers two operations without an operationName with 400', async () => {
    for (const [, url] of endpoints()) {
      const response = await graphql(url, 'query A { __typename } query B { __typename }');
      expectClientError(response, /operation name/i, 'OPERATION_RESOLUTION_FAILURE');
    }
  });

  it('answers introspection of newer fields (`__Type.isOneOf`) with data', async () => {
    for (const [name, url] of endpoints()) {
      const response = await graphql(url, '{ __type(name: "Query") { name isOneOf } }');
      expect({ name, status: response.status, errors: response.errors }).toEqual({
        name,
        status: 200,
        errors: undefined,
      });
      // Null: `isOneOf` is only defined for input object types.
      expect(response.data).toEqual({ __type: { name: 'Query', isOneOf: null } });
    }
  });

  it('refuses an empty string as an argument, in the query or in variables, naming it', async () => {
    for (const [, url] of endpoints()) {
      const literal = await graphql(url, '{ __type(name: "") { name } }');
      expectClientError(literal, /`__type\(name:\)`.*empty/, 'BAD_USER_INPUT');
      const variable = await graphql(url, 'query($n: String!) { __type(name: $n) { name } }', {
        n: '',
      });
      expectClientError(variable, /`\$n`.*empty/, 'BAD_USER_INPUT');
    }
    const nested = await graphql(
      graph.gateway.url,
      '{ neighbourhoodBoards(filter: { councilId: "" }) { totalCount } }',
    );
    expectClientError(
      nested,
      /`neighbourhoodBoards\(filter\.councilId:\)`.*empty/,
      'BAD_USER_INPUT',
    );
    const council = await graphql(graph.gateway.url, '{ council(id: "") { name } }');
    expectClientError(council, /`council\(id:\)`.*empty/, 'BAD_USER_INPUT');
  });

  it('resolves the valid entries of an _entities call that names an unknown type', async () => {
    for (const module of subgraphModules) {
      const url = graph.subgraphs[module.name].url;
      // An entity the subgraph owns: a stub of another's accepts any id.
      const entity = ENTITY_NAMES.find((name) => ENTITIES[name].owner === module.name);
      // A subgraph that owns no entity (notifications) resolves no representation at all.
      if (!entity) continue;
      const response = await graphql(
        url,
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              __typename
            }
          }
        `,
        {
          r: [
            { __typename: 'NoSuchType', id: 'x' },
            { __typename: entity, id: 'no-such-id' },
          ],
        },
      );
      expect(response.data).toEqual({ _entities: [null, null] });
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]).toMatchObject({
        path: ['_entities', 0],
        message: expect.stringContaining('NoSuchType'),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });

  it('answers a value a subgraph refuses with 400 and its message, without the service name', async () => {
    const response = await graphql(
      graph.gateway.url,
      '{ neighbourhoodBoards(first: 1) { nodes { chair(asOf: "2025-02-30") { from } } } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('2025-02-30'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(JSON.stringify(response)).not.toContain('serviceName');
  });
});

describe('objects with an id are the same wherever they appear (safe for normalising caches)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
  });
  afterAll(() => graph?.stop());

  /** Every object in a response that has `__typename` and `id`, by `Type:id`. */
  const objectsById = (value: unknown, found = new Map<string, unknown[]>()) => {
    if (Array.isArray(value)) value.forEach((item) => objectsById(item, found));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.__typename && record.id) {
        const key = `${record.__typename}:${record.id}`;
        found.set(key, [...(found.get(key) ?? []), record]);
      }
      Object.values(record).forEach((item) => objectsById(item, found));
    }
    return found;
  };

  it('gives one Source per id across councils, deprivation and boards', async () => {
    const sourceFields =
      '__typename id dataset publisher url licence licenceUrl attribution version caveats';
    const { data, errors } = await graphql(
      graph.gateway.url,
      `{
        councils(first: 50, filter: { nation: ENGLAND }) {
          nodes {
            __typename id source { ${sourceFields} } provenance { loadedAt derivation }
            deprivation { source { ${sourceFields} } provenance { derivation } }
          }
        }
        neighbourhoodBoards(first: 50) {
          nodes { __typename id source { ${sourceFields} } provenance { loadedAt derivation } }
        }
      }`,
    );
    expect(errors).toBeUndefined();
    const sources = [...objectsById(data)].filter(([key]) => key.startsWith('Source:'));
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const [key, copies] of sources)
      for (const copy of copies) expect({ key, copy }).toEqual({ key, copy: copies[0] });
  });
});
