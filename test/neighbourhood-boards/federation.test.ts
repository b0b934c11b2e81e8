import type { RunningService } from '../../platform/http/service';
import { neighbourhoodBoardsModule } from '../../subgraphs/neighbourhood-boards/module';
import type { NeighbourhoodBoardsDatabase } from '../../subgraphs/neighbourhood-boards/src/database';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { loadContributedFixtures } from '../support/board-fixtures';
import { graphql, startTestSubgraph, StatementCounter } from '../support/services';

const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on NeighbourhoodBoard { id placeName } ... on Organisation { id name } ... on Council { id neighbourhoodBoards { totalCount nodes { id } } } } }';

describe('neighbourhood-boards subgraph federation contract', () => {
  let database: TestDatabase;
  let subgraph: RunningService;
  let boards: { id: string; council_id: string }[];
  const counter = new StatementCounter();

  beforeAll(async () => {
    database = await copyDatabase('real');
    await loadContributedFixtures(database);
    const { db } = database.open<NeighbourhoodBoardsDatabase>('neighbourhood_boards');
    boards = await db.selectFrom('board').select(['id', 'council_id']).orderBy('id').execute();
    subgraph = await startTestSubgraph(neighbourhoodBoardsModule, database, counter);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });
  beforeEach(() => counter.reset());

  it('publishes its SDL with the entity keys, the Council stub and the shared value types', async () => {
    const { data } = await graphql(subgraph.url, '{ _service { sdl } }');
    const sdl: string = data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type NeighbourhoodBoard implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Organisation implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Council implements Node\s+@key\(fields: "id"\)\s*\{[^}]*\bid: ID!/);
    for (const shared of ['Source', 'Money', 'Citation', 'PageInfo'])
      expect(sdl).toMatch(new RegExp(`type ${shared}\\s+@shareable`));
  });

  it('resolves 100 NeighbourhoodBoard representations with one SQL statement', async () => {
    const ids = boards.slice(0, 100).map((b) => b.id);
    const { data, errors } = await graphql(subgraph.url, ENTITIES, {
      r: ids.map((id) => ({ __typename: 'NeighbourhoodBoard', id })),
    });
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(counter.count).toBe(1);
  });

  it.each([10, 100])('gives %i councils their boards with one SQL statement', async (size) => {
    const councilIds = [...new Set(boards.map((b) => b.council_id))].slice(0, size);
    expect(councilIds).toHaveLength(size);
    const { data, errors } = await graphql(subgraph.url, ENTITIES, {
      r: councilIds.map((id) => ({ __typename: 'Council', id })),
    });
    expect(errors).toBeUndefined();
    for (const [index, id] of councilIds.entries()) {
      const expected = boards.filter((b) => b.council_id === id).map((b) => b.id);
      const got = data!._entities[index].neighbourhoodBoards;
      expect(got.totalCount).toBe(expected.length);
      expect(got.nodes.map((n: { id: string }) => n.id).sort()).toEqual(expected);
    }
    expect(counter.count).toBe(1);
  });

  it('answers a council with no boards with an empty list, and unknown keys with null', async () => {
    const { data } = await graphql(subgraph.url, ENTITIES, {
      r: [
        { __typename: 'Council', id: 'E07000223' },
        { __typename: 'NeighbourhoodBoard', id: 'p9-nowhere' },
        { __typename: 'Organisation', id: 'hyndburn-chamber' },
        { __typename: 'Organisation', id: 'no-such-group' },
      ],
    });
    expect(data!._entities).toEqual([
      { id: 'E07000223', neighbourhoodBoards: { totalCount: 0, nodes: [] } },
      null,
      { id: 'hyndburn-chamber', name: 'Hyndburn Chamber of Trade (test fixture)' },
      null,
    ]);
  });

  it('answers health and readiness probes', async () => {
    const base = subgraph.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready' });
  });
});
