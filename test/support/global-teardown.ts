import pg from 'pg';
import type { EmbeddedPostgres } from '../../scripts/lib/embedded-postgres';

/** Drops every database this run created, then stops the embedded server if there is one. */
export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__EMBEDDED_PG__ as
    | EmbeddedPostgres
    | undefined;
  if (!embedded && process.env.TEST_ADMIN_URL) {
    const client = new pg.Client({ connectionString: process.env.TEST_ADMIN_URL });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${process.env.TEST_DB_PREFIX}%`],
    );
    for (const { datname } of rows)
      await client.query(`drop database if exists ${pg.escapeIdentifier(datname)} with (force)`);
    await client.end();
  }
  await embedded?.stop();
}
