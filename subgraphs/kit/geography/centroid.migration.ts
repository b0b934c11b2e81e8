import { sql, type Kysely } from 'kysely';

/** Creates `<schema>.postcode_centroid` (see `PostcodeCentroidTable`); for a frozen migration. */
export async function createCentroidTable(db: Kysely<unknown>, schema: string): Promise<void> {
  const table = sql.table(`${schema}.postcode_centroid`);
  await sql`
    create table ${table} (
      code text primary key,
      kind text not null check (kind in ('postcode', 'outcode')),
      latitude double precision not null check (latitude between -90 and 90),
      longitude double precision not null check (longitude between -180 and 180),
      postcode_count integer,
      source_id text not null,
      loaded_by_run bigint not null references ${sql.table(`${schema}.ingest_run`)} (id),
      valid_from timestamptz not null
    )`.execute(db);
  // Each file's rows are synced apart (by source).
  await sql`create index postcode_centroid_source_idx on ${table} (source_id)`.execute(db);
}
