import { sql, type Kysely } from 'kysely';
import { createCentroidTable } from '../../kit/geography/centroid.migration';

// Frozen. The areas councils cover (ONS generalised boundaries) and the centres of postcodes,
// for `locate` and `Council.boundary`. A point is tested only against the boundaries whose box
// holds it: the GiST index finds those few among 380.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table councils.boundary (
      council_id text primary key,
      layer text not null check (layer in ('district', 'county')),
      name text not null,
      vintage text not null,
      bbox box not null,
      geometry jsonb not null,
      source_id text not null,
      loaded_by_run bigint not null references councils.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
  await sql`create index boundary_bbox_idx on councils.boundary using gist (bbox)`.execute(db);
  await sql`create index boundary_source_idx on councils.boundary (source_id)`.execute(db);
  await createCentroidTable(db, 'councils');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table councils.postcode_centroid`.execute(db);
  await sql`drop table councils.boundary`.execute(db);
}
