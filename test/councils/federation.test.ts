import { councilsModule } from '../../subgraphs/councils/module';
import type { RunningService } from '../../platform/http/service';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { graphql, startTestSubgraph, StatementCounter } from '../support/services';

describe('councils subgraph federation contract', () => {
  let database: TestDatabase;
  let subgraph: RunningService;
  const counter = new StatementCounter();

  beforeAll(async () => {
    database = await copyDatabase('real');
    subgraph = await startTestSubgraph(councilsModule, database, counter);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });
  beforeEach(() => counter.reset());

  it('publishes its SDL with the entity keys and the federation link', async () => {
    const { data } = await graphql(subgraph.url, '{ _service { sdl } }');
    const sdl: string = data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(
      /type Council implements Node\s+@key\(fields: "id"\)\s+@key\(fields: "code"\)/,
    );
    expect(sdl).toMatch(/type StrategicAuthority implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Source\s+@shareable/);
  });

  it('resolves a batch of 100 Council representations with one SQL statement', async () => {
    const ids = (
      await database
        .open<{ council: { id: string } }>('councils')
        .db.selectFrom('council')
        .select('id')
        .orderBy('id')
        .limit(100)
        .execute()
    ).map((r) => r.id);
    counter.reset();
    const representations = ids.map((id) => ({ __typename: 'Council', id }));
    const { data, errors } = await graphql(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Council { id name } } }',
      { r: representations },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(counter.count).toBe(1);
  });

  it('resolves representations by code too, and null for unknown keys', async () => {
    const { data } = await graphql(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Council { id code } ... on StrategicAuthority { id name } } }',
      {
        r: [
          { __typename: 'Council', code: 'SHF' },
          { __typename: 'Council', id: 'E99999999' },
          { __typename: 'StrategicAuthority', id: 'GMCA' },
        ],
      },
    );
    expect(data!._entities).toEqual([
      { id: 'E08000019', code: 'SHF' },
      null,
      { id: 'GMCA', name: 'Greater Manchester Combined Authority' },
    ]);
  });

  it('answers health and readiness probes', async () => {
    const base = subgraph.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready' });
  });
});
