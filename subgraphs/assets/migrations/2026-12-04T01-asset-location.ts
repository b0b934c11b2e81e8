import { sql, type Kysely } from 'kysely';
import { createCentroidTable } from '../../kit/geography/centroid.migration';

// Frozen. Where an asset is: the point its source gives, else the centre of its postcode
// (derived after each load, like `known_from`, so a load's sync never sees it). `near` reads
// the derived point. Existing rows keep their source's point until the next load derives.

export async function up(db: Kysely<unknown>): Promise<void> {
  await createCentroidTable(db, 'assets');
  await sql`
    alter table assets.asset
      add column location_latitude double precision,
      add column location_longitude double precision,
      add column location_precision text check (location_precision in ('RECORD', 'POSTCODE')),
      add column location_source_id text`.execute(db);
  await sql`
    update assets.asset
    set location_latitude = latitude, location_longitude = longitude,
        location_precision = 'RECORD', location_source_id = source_id
    where latitude is not null`.execute(db);
  await sql`drop index assets.asset_location_idx`.execute(db);
  await sql`create index asset_location_idx on assets.asset (location_latitude, location_longitude) include (id, name, known_from) where location_latitude is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index assets.asset_location_idx`.execute(db);
  await sql`create index asset_location_idx on assets.asset (latitude, longitude) include (id, name, known_from) where latitude is not null`.execute(
    db,
  );
  await sql`
    alter table assets.asset
      drop column location_latitude, drop column location_longitude,
      drop column location_precision, drop column location_source_id`.execute(db);
  await sql`drop table assets.postcode_centroid`.execute(db);
}
