import { graphql, startTestGraph, type TestGraph } from '../support/services';
import { readRealCsv } from '../support/real-data';

/**
 * What a board is given by the other subgraphs (its council's assets and grants, its money) and
 * the `orderBy` of the lists under an entity, on the real data through the gateway.
 */
describe('a board joined to its area and its money; nested lists in the order asked (real data)', () => {
  let graph: TestGraph;
  const places = readRealCsv('pride_in_place_places.csv');
  const register = readRealCsv('assets_of_community_value.csv');
  const cof = readRealCsv('community_ownership_fund_awards_partial.csv');

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
  });
  afterAll(() => graph?.stop());

  const query = async (text: string, variables?: Record<string, unknown>) => {
    const response = await graphql(graph.gateway.url, text, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((n) => n.id);

  /** A board whose council holds the most records in the register, and that council. */
  const busiest = (() => {
    const byCouncil = new Map<string, number>();
    for (const row of register)
      byCouncil.set(
        row.local_authority_gss_code,
        (byCouncil.get(row.local_authority_gss_code) ?? 0) + 1,
      );
    const ranked = places
      .filter((place) => byCouncil.has(place.la_gss_code))
      .sort((a, b) => byCouncil.get(b.la_gss_code)! - byCouncil.get(a.la_gss_code)!);
    return { board: ranked[0].place_id, council: ranked[0].la_gss_code };
  })();

  it("gives a board the assets of its council's lists, through @requires", async () => {
    const data = await query(
      `query ($board: ID!, $council: ID!) {
        neighbourhoodBoard(id: $board) {
          council { id }
          assets(first: 100) { totalCount nodes { id council { id } } }
        }
        council(id: $council) { assets(first: 100) { totalCount nodes { id } } }
      }`,
      busiest,
    );
    const board = data.neighbourhoodBoard;
    expect(board.council.id).toBe(busiest.council);
    expect(board.assets.totalCount).toBeGreaterThan(1);
    expect(ids(board.assets)).toEqual(ids(data.council.assets));
    expect(board.assets.totalCount).toBe(data.council.assets.totalCount);
  });

  it("adds up a board's allocations exactly, and lists the grants of its council's area", async () => {
    // A board with a Community Ownership Fund award in its council's area.
    const granted = places.find((place) => cof.some((g) => g.la_gss_code === place.la_gss_code))!;
    const data = await query(
      `query ($board: ID!, $council: ID!) {
        neighbourhoodBoard(id: $board) {
          funding(asOf: "2026-12-01") { asOf capped { amount } confirmed { amount } recordCount }
          allocations { nodes { amount { amount } } }
          grants(first: 100) { totalCount nodes { id } }
        }
        council(id: $council) { funding { grants(first: 100) { nodes { id } } } }
      }`,
      { board: granted.place_id, council: granted.la_gss_code },
    );
    const board = data.neighbourhoodBoard;
    // The board's only allocation is its programme cap, straight from the places file.
    expect(board.funding).toEqual({
      asOf: '2026-12-01',
      capped: { amount: `${granted.max_funding_gbp}.00` },
      confirmed: { amount: '0.00' },
      recordCount: 1,
    });
    expect(board.allocations.nodes).toEqual([
      { amount: { amount: `${granted.max_funding_gbp}.00` } },
    ]);
    expect(board.grants.totalCount).toBe(
      cof.filter((g) => g.la_gss_code === granted.la_gss_code).length,
    );
    expect([...ids(board.grants)].sort()).toEqual(ids(data.council.funding.grants).sort());
    // Before the place was named, nothing was allocated to it.
    const before = await query(
      `query ($board: ID!) { neighbourhoodBoard(id: $board) { funding(asOf: "2020-01-01") { total { amount } recordCount } } }`,
      { board: granted.place_id },
    );
    expect(before.neighbourhoodBoard.funding).toEqual({
      total: { amount: '0.00' },
      recordCount: 0,
    });
  });

  it('orders nested lists as asked, and refuses a cursor of another order', async () => {
    const councilAssets = async (orderBy: string, after?: string) =>
      (
        await query(
          `query ($council: ID!, $after: String) {
            council(id: $council) {
              assets(first: 2, after: $after, orderBy: ${orderBy}) {
                nodes { id name } pageInfo { endCursor hasNextPage }
              }
            }
          }`,
          { council: busiest.council, after },
        )
      ).council.assets;
    const all = (
      await query(
        `query ($council: ID!) { council(id: $council) { assets(first: 100, orderBy: { field: NAME, direction: DESC }) { nodes { id name } } } }`,
        { council: busiest.council },
      )
    ).council.assets.nodes as { id: string; name: string }[];
    const names = all.map((a) => a.name);
    expect(names).toEqual([...names].sort().reverse());

    // Pages of the descending list follow each other without a gap or a repeat.
    const first = await councilAssets('{ field: NAME, direction: DESC }');
    const second = await councilAssets(
      '{ field: NAME, direction: DESC }',
      first.pageInfo.endCursor,
    );
    expect([...first.nodes, ...second.nodes]).toEqual(all.slice(0, 4));

    const wrongOrder = await graphql(
      graph.gateway.url,
      `
        query ($council: ID!, $after: String) {
          council(id: $council) {
            assets(after: $after) {
              nodes {
                id
              }
            }
          }
        }
      `,
      { council: busiest.council, after: first.pageInfo.endCursor },
    );
    expect(wrongOrder.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(wrongOrder.errors?.[0].message).toMatch(/order/);
  });

  it("orders a board's members by name or by start, and a council's boards by date", async () => {
    const boardWithMost = (
      await query(`{ neighbourhoodBoards(first: 100) { nodes { id members { totalCount } } } }`)
    ).neighbourhoodBoards.nodes.sort(
      (a: { members: { totalCount: number } }, b: { members: { totalCount: number } }) =>
        b.members.totalCount - a.members.totalCount,
    )[0];
    expect(boardWithMost.members.totalCount).toBeGreaterThan(5);
    const data = await query(
      `query ($id: ID!) { neighbourhoodBoard(id: $id) {
        byName: members(first: 100, orderBy: { field: NAME }) { nodes { id member { __typename ... on Person { name } } } }
        bySeat: members(first: 100) { nodes { id role } }
        byStart: membershipHistory(first: 100, orderBy: { field: FROM, direction: DESC }) { nodes { from knownFrom } }
      } }`,
      { id: boardWithMost.id },
    );
    const board = data.neighbourhoodBoard;
    const names = board.byName.nodes.map(
      (m: { person: { name: string } | null }) => m.person?.name,
    );
    const named = names.filter((n: string | undefined) => n !== undefined);
    expect(named).toEqual([...named].sort());
    // Seats without a named person come last.
    expect(names.slice(0, named.length)).toEqual(named);
    const seats = ['CHAIR', 'VICE_CHAIR', 'MEMBER', 'OBSERVER'];
    const roles = board.bySeat.nodes.map((m: { role: string }) => seats.indexOf(m.role));
    expect(roles).toEqual([...roles].sort((a, b) => a - b));
    const starts = board.byStart.nodes.map(
      (m: { from: string | null; knownFrom: string }) => m.from ?? m.knownFrom,
    );
    expect(starts).toEqual([...starts].sort().reverse());

    const withBoards = places.find(
      (place) => places.filter((p) => p.la_gss_code === place.la_gss_code).length > 2,
    )!;
    const boards = (
      await query(
        `query ($id: ID!) { council(id: $id) { neighbourhoodBoards(orderBy: { field: ANNOUNCED_ON, direction: DESC }) { nodes { id announcedOn } } } }`,
        { id: withBoards.la_gss_code },
      )
    ).council.neighbourhoodBoards.nodes;
    expect(boards.length).toBe(
      places.filter((p) => p.la_gss_code === withBoards.la_gss_code).length,
    );
    const days = boards.map((b: { announcedOn: string }) => b.announcedOn);
    expect(days).toEqual([...days].sort().reverse());
  });
});
