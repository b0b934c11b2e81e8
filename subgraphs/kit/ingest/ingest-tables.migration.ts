import { sql, type Kysely } from 'kysely';

/**
 * Creates the two bookkeeping tables every subgraph schema has: `ingest_run` (one row per
 * loaded file: checksum, counts, times) and `record_history` (old versions of changed or removed
 * records). Called from each subgraph's first migration, so this is frozen like a migration:
 * never change it; change those tables in a new migration of each subgraph.
 */
export async function createIngestTables(db: Kysely<unknown>, schema: string): Promise<void> {
  const table = (name: string) => sql.table(`${schema}.${name}`);
  await sql`
    create table ${table('ingest_run')} (
      id bigserial primary key,
      source_id text not null,
      file_name text not null,
      checksum_sha256 text not null,
      rows_in_file integer not null,
      inserted integer,
      updated integer,
      removed integer,
      unchanged integer,
      started_at timestamptz not null,
      finished_at timestamptz
    )`.execute(db);
  await sql`create index ingest_run_source_idx on ${table('ingest_run')} (source_id, started_at desc)`.execute(
    db,
  );

  await sql`
    create table ${table('record_history')} (
      id bigserial primary key,
      table_name text not null,
      record_key text not null,
      data jsonb not null,
      valid_from timestamptz not null,
      valid_to timestamptz not null,
      change text not null check (change in ('updated', 'removed')),
      run_id bigint not null references ${table('ingest_run')} (id)
    )`.execute(db);
  await sql`create index record_history_record_idx on ${table('record_history')} (table_name, record_key)`.execute(
    db,
  );
}
