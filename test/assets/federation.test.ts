import type { RunningService } from '../../platform/http/service';
import { assetsModule } from '../../subgraphs/assets/module';
import type { AssetsDatabase } from '../../subgraphs/assets/src/database';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { graphql, startTestSubgraph, StatementCounter } from '../support/services';

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Asset { id name status { status } }
  ... on Council { id assets(first: FIRST) { totalCount nodes { id } } assetSummary(asOf: "2026-11-27") { total listed } } } }`;

describe('assets subgraph federation contract (real records)', () => {
  let database: TestDatabase;
  let subgraph: RunningService;
  let assets: { id: string; council_id: string }[];
  const counter = new StatementCounter();

  beforeAll(async () => {
    database = await copyDatabase('real');
    const { db } = database.open<AssetsDatabase>('assets');
    assets = await db.selectFrom('asset').select(['id', 'council_id']).orderBy('id').execute();
    subgraph = await startTestSubgraph(assetsModule, database, counter);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });
  beforeEach(() => counter.reset());

  it('publishes Asset as an entity and the Council and Organisation stubs', async () => {
    const { data } = await graphql(subgraph.url, '{ _service { sdl } }');
    const sdl: string = data!._service.sdl;
    expect(sdl).toMatch(/type Asset implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Council implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Organisation implements Node\s+@key\(fields: "id"\)/);
  });

  it('resolves 100 Asset representations and their statuses with two SQL statements', async () => {
    const ids = assets.slice(0, 100).map((a) => a.id);
    const { data, errors } = await graphql(subgraph.url, ENTITIES.replace('FIRST', '5'), {
      r: ids.map((id) => ({ __typename: 'Asset', id })),
    });
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    // One for the assets, one for their status periods.
    expect(counter.count).toBe(2);
  });

  it.each([10, 100])(
    'gives 45 councils their assets and summaries in the same statements whether pages hold %i or not',
    async (first) => {
      const councils = [...new Set(assets.map((a) => a.council_id))];
      expect(councils).toHaveLength(45);
      const { data, errors } = await graphql(
        subgraph.url,
        ENTITIES.replace('FIRST', String(first)),
        {
          r: councils.map((id) => ({ __typename: 'Council', id })),
        },
      );
      expect(errors).toBeUndefined();
      for (const [index, id] of councils.entries()) {
        const mine = assets.filter((a) => a.council_id === id).map((a) => a.id);
        const got = data!._entities[index];
        expect(got.assets.totalCount).toBe(mine.length);
        expect(got.assets.nodes).toHaveLength(Math.min(first, mine.length));
        expect(got.assetSummary.total).toBe(mine.length);
      }
      // Pages (one lateral query), counts (one grouped query), summaries (one union).
      expect(counter.count).toBe(3);
    },
  );

  it('refuses a near circle larger than it can answer quickly', async () => {
    const { errors } = await graphql(
      subgraph.url,
      '{ assets(filter: { near: { latitude: 51.5, longitude: -0.1, km: 500 } }) { totalCount } }',
    );
    expect(errors?.[0]).toMatchObject({
      message: '`filter.near.km` must be more than 0 and at most 50; got 500',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
