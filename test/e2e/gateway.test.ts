import type { RunningService } from '../../platform/http/service';
import {
  graphql,
  type GraphQLResponse,
  startTestGraph,
  type StatementCounter,
  type TestGraph,
} from '../support/services';

interface CouncilPage {
  councils: {
    totalCount: number;
    nodes: { code: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

describe('gateway end to end, over HTTP, on the real open data', () => {
  let graph: TestGraph;
  let gateway: RunningService;
  let counter: StatementCounter;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
    gateway = graph.gateway;
    counter = graph.statements.councils;
  });
  afterAll(() => graph?.stop());
  beforeEach(() => counter.reset());

  it('answers a council with its authority, members and deprivation', async () => {
    const { data, errors } = await graphql(
      gateway.url,
      `
        {
          council(code: "SHF") {
            id
            name
            officialName
            kind
            tier
            nation
            region
            regionName
            population {
              count
              year
            }
            strategicAuthority {
              id
              name
              kind
              members {
                code
              }
            }
            deprivation {
              edition
              rankOfAverageScore
              averageScore
              decile
              rankedAmong
            }
            source {
              id
              licence
              attribution
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    expect(data!.council).toEqual({
      id: 'E08000019',
      name: 'Sheffield',
      officialName: 'Sheffield City Council',
      kind: 'METROPOLITAN_DISTRICT',
      tier: 'UNITARY',
      nation: 'ENGLAND',
      region: 'YORKSHIRE_AND_THE_HUMBER',
      regionName: 'Yorkshire and The Humber',
      population: { count: 589214, year: 2020 },
      strategicAuthority: {
        id: 'SCR',
        name: 'South Yorkshire Mayoral Combined Authority',
        kind: 'COMBINED_AUTHORITY',
        members: [{ code: 'BNS' }, { code: 'DNC' }, { code: 'ROT' }, { code: 'SHF' }],
      },
      deprivation: [
        {
          edition: 'IMD_2025',
          rankOfAverageScore: 56,
          averageScore: 27.574,
          decile: 2,
          rankedAmong: 296,
        },
        {
          edition: 'IMD_2019',
          rankOfAverageScore: 57,
          averageScore: 27.06,
          decile: 2,
          rankedAmong: 317,
        },
      ],
      source: {
        id: 'S-MYSOC-LA',
        licence: 'CC-BY-4.0',
        attribution: expect.stringContaining('mySociety'),
      },
    });
  });

  it('lists every council in the register, page by page, with a stable total', async () => {
    const names: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: GraphQLResponse<CouncilPage> = await graphql<CouncilPage>(
        gateway.url,
        'query($after: String) { councils(first: 100, after: $after) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      total = page.data!.councils.totalCount;
      names.push(...page.data!.councils.nodes.map((n) => n.code));
      after = page.data!.councils.pageInfo.hasNextPage
        ? page.data!.councils.pageInfo.endCursor
        : null;
    } while (after);
    // 470 register rows less the 14 combined authorities and the GLA, which are StrategicAuthority.
    expect(total).toBe(455);
    expect(new Set(names).size).toBe(455);
  });

  it('filters and orders: the most deprived English councils in 2025', async () => {
    const { data } = await graphql(
      gateway.url,
      '{ councils(filter: { nation: ENGLAND, active: true }, orderBy: { field: IMD_2025_RANK }, first: 3) { totalCount nodes { name } } }',
    );
    expect(data!.councils.nodes.map((n: { name: string }) => n.name)).toEqual([
      'Blackpool',
      'Middlesbrough',
      'Burnley',
    ]);
  });

  it('costs a bounded number of SQL statements for 100 councils with their relations', async () => {
    const query = `{ councils(first: 100, filter: { nation: ENGLAND }) {
        totalCount
        nodes { id county { name } districts { name } strategicAuthority { name members { name } }
                predecessors { name } successors { name } deprivation { rankOfAverageScore } }
    } }`;
    const { data, errors } = await graphql(gateway.url, query);
    expect(errors).toBeUndefined();
    expect(data!.councils.nodes).toHaveLength(100);
    // list + count + county + districts + authority + members + predecessors + successors + deprivation
    expect(counter.count).toBeLessThanOrEqual(9);
    const forHundred = counter.count;

    counter.reset();
    await graphql(gateway.url, query.replace('first: 100', 'first: 10'));
    expect(counter.count).toBe(forHundred);
  });

  it('finds a council by a gov.uk spelling of its name', async () => {
    const { data } = await graphql(
      gateway.url,
      '{ council(name: "Kingston upon Hull, City of") { code } }',
    );
    expect(data!.council).toEqual({ code: 'KHL' });
  });

  it('rejects bad input with a message that says what was wrong', async () => {
    const tooMany = await graphql(gateway.url, '{ councils(first: 500) { totalCount } }');
    expect(tooMany.errors?.[0]).toMatchObject({
      message: '`first` must be between 1 and 100; got 500',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const badCursor = await graphql(gateway.url, '{ councils(after: "nonsense") { totalCount } }');
    expect(badCursor.errors?.[0].message).toContain('`after` is not a cursor issued by this API');

    const twoKeys = await graphql(
      gateway.url,
      '{ council(id: "E08000019", code: "SHF") { name } }',
    );
    expect(twoKeys.errors?.[0].message).toBe(
      'council() takes exactly one of `id`, `code` or `name`',
    );

    const badEnum = await graphql(
      gateway.url,
      '{ councils(filter: { nation: ATLANTIS }) { totalCount } }',
    );
    expect(badEnum.status).toBe(400);
    expect(badEnum.errors?.[0].message).toContain('ATLANTIS');
  });

  it('refuses queries nested deeper than the limit before calling any subgraph', async () => {
    const deep = `{ council(code: "KEN") { districts { county { districts { county { districts { county { districts { county { districts { name } } } } } } } } } } }`;
    const { status, errors } = await graphql(gateway.url, deep);
    expect(status).toBe(400);
    expect(errors?.[0]).toMatchObject({
      message: expect.stringMatching(/is 1[0-9] fields deep; the limit is 10/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(counter.count).toBe(0);
  });

  it('gives partial data and an error when a subgraph is down', async () => {
    const ready = await fetch(gateway.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
    const unreachable = await graph.gatewayWithDown('councils');
    try {
      const { status, data, errors } = await graphql(
        unreachable.url,
        '{ council(code: "SHF") { name } neighbourhoodBoards(first: 1) { totalCount } }',
      );
      expect(status).toBe(200);
      expect(data?.council).toBeNull();
      expect(data?.neighbourhoodBoards.totalCount).toBe(284);
      expect(errors?.length).toBeGreaterThan(0);
      const notReady = await fetch(unreachable.url.replace('/graphql', '/readyz'));
      expect(notReady.status).toBe(503);
    } finally {
      await unreachable.stop();
    }
  });
});
