import { sql } from 'kysely';
import { DataVersionWatch, readDataVersion } from '../../platform/data-version/watch';
import { createDataVersionNotify } from '../../platform/data-version/notify.migration';
import { createLogger } from '../../platform/logger';
import { copyDatabase, type TestDatabase } from '../support/databases';

const quiet = createLogger('test', 'silent');
const until = async (condition: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return condition();
};

describe('DataVersionWatch', () => {
  let database: TestDatabase;
  let watch: DataVersionWatch | undefined;

  beforeEach(async () => {
    database = await copyDatabase('fixtures');
  });
  afterEach(async () => {
    await watch?.close();
    await database.drop();
  });

  const start = (schema: string, heartbeatMs?: number) => {
    const { pool, client } = database.open(schema);
    watch = new DataVersionWatch(schema, () => client('listen'), quiet, {
      retryMs: 50,
      heartbeatMs,
    });
    return { watch, pool, db: database.open(schema).db };
  };

  it('follows committed runs of its schema and ignores rolled-back ones', async () => {
    const { watch, pool, db } = start('councils');
    await watch.start();
    const first = watch.current;
    expect(first).toBe(await readDataVersion(pool, 'councils'));

    const run = () =>
      sql`insert into councils.ingest_run (source_id, file_name, checksum_sha256, rows_in_file,
            started_at, finished_at) values ('S', 'f.csv', 'x', 0, now(), now())`;
    await db
      .transaction()
      .execute(async (trx) => {
        await run().execute(trx);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    expect(watch.current).toBe(first);

    await run().execute(db);
    expect(await until(() => watch.current !== first)).toBe(true);
    expect(watch.current).toBe(await readDataVersion(pool, 'councils'));
  });

  it('finds a load whose announcement never came within a heartbeat', async () => {
    const { watch, pool, db } = start('councils', 100);
    await watch.start();
    const first = watch.current;
    // A run written with the trigger off: committed, never announced.
    await sql`alter table councils.ingest_run disable trigger ingest_run_data_version`.execute(db);
    await sql`insert into councils.ingest_run (source_id, file_name, checksum_sha256, rows_in_file,
      started_at, finished_at) values ('S', 'f.csv', 'x', 0, now(), now())`.execute(db);
    expect(await until(() => watch.current !== first, 2_000)).toBe(true);
    expect(watch.current).toBe(await readDataVersion(pool, 'councils'));
  });

  it('does not push a version when loads are not announced, and does once they are', async () => {
    const { watch, db } = start('councils');
    await sql`drop trigger ingest_run_data_version on councils.ingest_run`.execute(db);
    await watch.start();
    expect(watch.current).toBeNull();

    await sql`drop function councils.notify_data_version()`.execute(db);
    await createDataVersionNotify(db, 'councils');
    // The watch tries again (50 ms here, doubling) and finds the trigger.
    expect(await until(() => watch.current !== null)).toBe(true);
  });
});
