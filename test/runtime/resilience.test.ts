import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { councilsModule } from '../../subgraphs/councils/module';
import type { CouncilsDatabase } from '../../subgraphs/councils/src/database';
import type { RunningService } from '../../platform/http/service';
import { createLogger } from '../../platform/logger';
import { startSubgraph } from '../../subgraphs/kit/service/subgraph';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { graphql, TEST_SUBGRAPH_SECRET } from '../support/services';
import { testEnv } from '../support/test-env';

const quiet = createLogger('test', 'silent');

async function adminClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: testEnv.adminUrl });
  await client.connect();
  return client;
}

/** A connection to the test database that holds a lock on one table until `release`. */
async function lockTable(database: TestDatabase, table: string) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query('begin');
  await client.query(`lock table ${table} in access exclusive mode`);
  return {
    release: async () => {
      await client.query('rollback');
      await client.end();
    },
  };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

const readyStatus = async (service: RunningService) =>
  (await fetch(service.url.replace(/\/graphql$/, '/readyz'))).status;

describe('a subgraph under database faults', () => {
  let database: TestDatabase;
  let service: RunningService | undefined;

  beforeEach(async () => {
    database = await copyDatabase('fixtures');
  });
  afterEach(async () => {
    await service?.stop();
    service = undefined;
    await database.drop();
  });

  const start = async (settings: Parameters<TestDatabase['open']>[2], drainGraceMs?: number) => {
    const opened = database.open<CouncilsDatabase>(councilsModule.schema, undefined, settings);
    service = await startSubgraph({
      module: councilsModule,
      database: opened,
      port: 0,
      logger: quiet,
      sharedSecret: TEST_SUBGRAPH_SECRET,
      drainGraceMs,
    });
    return service;
  };

  it('is not ready while its database is unreachable, and ready again by itself', async () => {
    const subgraph = await start({ connectTimeoutMs: 1_000 });
    const query = '{ councils(first: 2) { nodes { name } } }';
    expect((await graphql(subgraph.url, query)).data?.councils.nodes).toHaveLength(2);
    expect(await readyStatus(subgraph)).toBe(200);

    const name = new URL(database.url).pathname.slice(1);
    const admin = await adminClient();
    try {
      // Nobody can connect, and the pool's idle connections are cut from under it (which must
      // not crash the process: the pool's 'error' listener takes it).
      await admin.query(`alter database ${name} allow_connections false`);
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      await until(async () => (await readyStatus(subgraph)) === 503, 5_000);
      const refused = await graphql(subgraph.url, query);
      expect(refused.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(refused)).not.toMatch(/127\.0\.0\.1|postgres|ECONN/);
    } finally {
      await admin.query(`alter database ${name} allow_connections true`);
      await admin.end();
    }
    // No restart: the pool makes new connections once the server takes them again.
    await until(async () => (await readyStatus(subgraph)) === 200, 5_000);
    expect((await graphql(subgraph.url, query)).data?.councils.nodes).toHaveLength(2);
  });

  it('a locked table fails fast with a coded error; other tables are still served', async () => {
    const subgraph = await start({
      poolMax: 5,
      lockTimeoutMs: 300,
      statementTimeoutMs: 1_000,
      connectTimeoutMs: 3_000,
      poolQueueMax: 50,
    });
    const lock = await lockTable(database, 'councils.council');
    try {
      const started = Date.now();
      const onLocked = Array.from({ length: 20 }, () =>
        graphql(subgraph.url, '{ councils(first: 1) { nodes { name } } }').then((response) => ({
          ...response,
          ms: Date.now() - started,
        })),
      );
      await sleep(50);
      const other = await graphql(
        subgraph.url,
        '{ strategicAuthorities(first: 2) { nodes { name } } }',
      );
      expect(other.errors).toBeUndefined();
      expect(other.data?.strategicAuthorities.nodes.length).toBeGreaterThan(0);

      const locked = await Promise.all(onLocked);
      for (const response of locked) {
        expect(response.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/busy/i),
          extensions: { code: 'DATABASE_BUSY' },
        });
        // Bounded by the lock timeout and the queue, never by a 10 s statement timeout.
        expect(response.ms).toBeLessThan(3_000);
      }
    } finally {
      await lock.release();
    }
    const after = await graphql(subgraph.url, '{ councils(first: 1) { nodes { name } } }');
    expect(after.data?.councils.nodes).toHaveLength(1);
  });

  it('refuses at once, coded, when more requests wait for a connection than the queue holds', async () => {
    const subgraph = await start({ poolMax: 2, lockTimeoutMs: 1_000, poolQueueMax: 3 });
    const lock = await lockTable(database, 'councils.council');
    try {
      const started = Date.now();
      const responses = await Promise.all(
        Array.from({ length: 12 }, () =>
          graphql(subgraph.url, '{ councils(first: 1) { nodes { name } } }').then((r) => ({
            ...r,
            ms: Date.now() - started,
          })),
        ),
      );
      // 2 run, 3 queue, 7 are refused before the 1 s lock timeout could have answered them.
      const refusedAtOnce = responses.filter(
        (r) => r.errors?.[0].extensions?.code === 'DATABASE_BUSY' && r.ms < 1_000,
      );
      expect(refusedAtOnce.length).toBeGreaterThanOrEqual(6);
      expect(responses.every((r) => r.errors?.[0].extensions?.code === 'DATABASE_BUSY')).toBe(true);
    } finally {
      await lock.release();
    }
  });

  it('drains on stop: finishes a request in flight, refuses new ones, then stops', async () => {
    const subgraph = await start({ lockTimeoutMs: 5_000, statementTimeoutMs: 6_000 }, 5_000);
    const lock = await lockTable(database, 'councils.council');
    const inFlight = graphql(subgraph.url, '{ councils(first: 1) { nodes { name } } }');
    await sleep(200);
    const stopped = subgraph.stop();
    service = undefined;
    await sleep(200);
    await expect(
      fetch(subgraph.url.replace(/\/graphql$/, '/healthz'), { signal: AbortSignal.timeout(1_000) }),
    ).rejects.toThrow();
    await lock.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.data?.councils.nodes).toHaveLength(1);
    await stopped;
  });

  it('bounds the drain: a request that does not finish is cut at the grace', async () => {
    const subgraph = await start({ lockTimeoutMs: 8_000, statementTimeoutMs: 9_000 }, 500);
    const lock = await lockTable(database, 'councils.council');
    try {
      const inFlight = graphql(subgraph.url, '{ councils(first: 1) { nodes { name } } }').then(
        () => 'answered',
        () => 'cut',
      );
      await sleep(200);
      const started = Date.now();
      await subgraph.stop();
      service = undefined;
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(await inFlight).toBe('cut');
    } finally {
      await lock.release();
    }
  });
});
