import { sql, type Kysely } from 'kysely';

/** The channel a committed change to any schema's `ingest_run` is announced on (payload: schema). */
export const DATA_VERSION_CHANNEL = 'data_version';

/**
 * Announces every committed change to a schema's `ingest_run` on `DATA_VERSION_CHANNEL`, with the
 * schema's name as the payload. A trigger rather than a call in the importers, so every writer of
 * runs (the import pipeline, `npm run synth`, a hand-run SQL fix) is announced; `NOTIFY` is
 * transactional, so a rolled-back load announces nothing and a committed one is announced when it
 * commits. Called from a migration of each subgraph, so this is frozen like one: never change
 * it; change the trigger in a new migration.
 */
export async function createDataVersionNotify(db: Kysely<unknown>, schema: string): Promise<void> {
  const fn = sql.raw(`"${schema}".notify_data_version`);
  await sql`
    create function ${fn}() returns trigger language plpgsql as $$
    begin
      perform pg_notify(${sql.lit(DATA_VERSION_CHANNEL)}, tg_table_schema);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger ingest_run_data_version
      after insert or update or delete or truncate on ${sql.table(`${schema}.ingest_run`)}
      for each statement execute function ${fn}()`.execute(db);
}

export async function dropDataVersionNotify(db: Kysely<unknown>, schema: string): Promise<void> {
  await sql`drop trigger ingest_run_data_version on ${sql.table(`${schema}.ingest_run`)}`.execute(
    db,
  );
  await sql`drop function ${sql.raw(`"${schema}".notify_data_version`)}()`.execute(db);
}
