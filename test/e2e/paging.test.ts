import { sql } from 'kysely';
import type { CouncilsDatabase } from '../../subgraphs/councils/src/database';
import { graphql, startTestGraph, type TestGraph } from '../support/services';

interface Page {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const COUNCILS = `
  query ($first: Int, $after: String, $last: Int, $before: String, $order: CouncilOrder) {
    councils(first: $first, after: $after, last: $last, before: $before, orderBy: $order,
             filter: { nation: ENGLAND }) {
      totalCount
      nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

describe('Relay paging through the gateway: keyset cursors, both ways', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
  });
  afterAll(() => graph?.stop());

  const page = async (variables: Record<string, unknown>) => {
    const { data, errors, status } = await graphql(graph.gateway.url, COUNCILS, variables);
    return { page: data?.councils as Page | undefined, errors, status };
  };

  /** Every English council in an order, read straight from the councils schema. */
  const expected = async (orderBy: string) => {
    const db = graph.database.open<CouncilsDatabase>('councils').db;
    const { rows } = await sql<{ id: string }>`
      select council.id from councils.council
      left join councils.deprivation on deprivation.council_id = council.id and deprivation.edition = 'IMD_2025'
      where council.nation = 'England'
      order by ${sql.raw(orderBy)}`.execute(db);
    return rows.map((row) => row.id);
  };

  const orders: [string, Record<string, string> | undefined, string][] = [
    ['name (default)', undefined, 'council.name asc, council.id asc'],
    [
      'population, descending, councils without one last',
      { field: 'POPULATION', direction: 'DESC' },
      'council.population desc nulls last, council.id desc',
    ],
    [
      'IMD 2025 rank (a subquery), councils it does not rank last',
      { field: 'IMD_2025_RANK', direction: 'ASC' },
      'deprivation.rank_of_average_score asc nulls last, council.id asc',
    ],
  ];

  it.each(orders)(
    'pages forward and backward over the whole list by %s, each item once',
    async (_name, order, sqlOrder) => {
      const all = await expected(sqlOrder);
      const forward: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { page: p } = await page({ first: 37, after, order });
        forward.push(...p!.nodes.map((n) => n.id));
        expect(p!.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!p!.pageInfo.hasNextPage) break;
        after = p!.pageInfo.endCursor;
      }
      expect(forward).toEqual(all);

      const backward: string[] = [];
      let before: string | null = null;
      for (;;) {
        const { page: p } = await page({ last: 41, before, order });
        backward.unshift(...p!.nodes.map((n) => n.id));
        expect(p!.pageInfo.hasNextPage).toBe(before !== null);
        if (!p!.pageInfo.hasPreviousPage) break;
        before = p!.pageInfo.startCursor;
      }
      expect(backward).toEqual(all);
    },
  );

  it('turns round: the page before the second page is the first', async () => {
    const first = (await page({ first: 10 })).page!;
    const second = (await page({ first: 10, after: first.pageInfo.endCursor })).page!;
    const back = (await page({ last: 10, before: second.pageInfo.startCursor })).page!;
    expect(back.nodes).toEqual(first.nodes);
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('refuses, with a 400 that says why, a cursor of another list, another order, or mixed directions', async () => {
    const { page: byName } = await page({ first: 5 });
    const cursor = byName!.pageInfo.endCursor;
    const otherOrder = await page({
      first: 5,
      after: cursor,
      order: { field: 'POPULATION', direction: 'ASC' },
    });
    expect(otherOrder.status).toBe(400);
    expect(otherOrder.errors?.[0]).toMatchObject({
      message:
        '`after` is a cursor of another order (name asc, not population asc): keep the order the cursor was issued for',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const boards = await graphql(
      graph.gateway.url,
      'query ($after: String) { neighbourhoodBoards(first: 2, after: $after) { nodes { id } } }',
      { after: cursor },
    );
    expect(boards.status).toBe(400);
    expect(boards.errors?.[0].message).toMatch(/^`after` is a cursor of another list/);
    const mixed = await page({ first: 5, before: cursor });
    expect(mixed.errors?.[0].message).toBe(
      'Page forward with `first` and `after`, or backward with `last` and `before`, not both',
    );
  });

  it('refuses a cursor issued before a load changed the data', async () => {
    const { page: before } = await page({ first: 5 });
    // A load commits a run: the councils subgraph's data version moves on.
    const admin = graph.database.open('councils');
    await sql`insert into councils.ingest_run (source_id, file_name, checksum_sha256, rows_in_file, started_at, finished_at)
              values ('S-TEST', 'paging test', 'none', 0, now(), now())`.execute(admin.db);
    const refused = await (async () => {
      // The pushed version reaches the subgraph within milliseconds of the commit.
      for (let tries = 0; tries < 50; tries += 1) {
        const result = await page({ first: 5, after: before!.pageInfo.endCursor });
        if (result.errors) return result;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return page({ first: 5, after: before!.pageInfo.endCursor });
    })();
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].message).toBe(
      '`after` was issued before the data changed (a load has run since): start again from the first page',
    );
  });

  it('pages a short nested list backward too', async () => {
    const query = `query ($last: Int, $before: String) {
      council(code: "BIR") { neighbourhoodBoards(last: $last, before: $before) {
        totalCount nodes { id } pageInfo { hasPreviousPage startCursor } } } }`;
    const all = (await graphql(graph.gateway.url, query, { last: 100 })).data!.council
      .neighbourhoodBoards as Page;
    expect(all.totalCount).toBeGreaterThan(3);
    const tail = (await graphql(graph.gateway.url, query, { last: 2 })).data!.council
      .neighbourhoodBoards as Page;
    expect(tail.nodes).toEqual(all.nodes.slice(-2));
    const before = (
      await graphql(graph.gateway.url, query, { last: 2, before: tail.pageInfo.startCursor })
    ).data!.council.neighbourhoodBoards as Page;
    expect(before.nodes).toEqual(all.nodes.slice(-4, -2));
  });
});
