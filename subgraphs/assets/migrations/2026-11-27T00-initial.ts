import { sql, type Kysely } from 'kysely';
import { createIngestTables } from '../../kit/ingest/ingest-tables.migration';

// Frozen: later changes go in new migrations.
//
// `asset` and `asset_event` hold what the sources say. `asset_period` and `asset_moratorium`
// are derived from them by the statutory clock engine after every load (see
// src/timeline/derive.ts): they exist so that filters on status and moratoria on a million
// assets are index scans, and they are rebuilt whole, never edited.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await createIngestTables(db, 'assets');

  await sql`
    create table assets.listing_authority (
      code text primary key,
      gss_code text,
      official_name text not null,
      nation text not null,
      region text,
      ended_on date,
      successor_code text,
      current_code text not null,
      current_gss_code text,
      current_name text not null,
      source_id text not null,
      loaded_by_run bigint not null references assets.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
  await sql`create index listing_authority_gss_idx on assets.listing_authority (gss_code)`.execute(
    db,
  );

  // The documents the compiled records cite (ids as in the records' source_id).
  await sql`
    create table assets.citation (
      id text primary key,
      title text not null,
      publisher text not null,
      url text not null,
      licence text not null,
      note text,
      source_id text not null,
      loaded_by_run bigint not null references assets.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);

  // Register entries known only by identifier (planning.data.gov.uk holds Camden's, without
  // names or dates); `asset_id` is filled when a register that describes them is loaded.
  await sql`
    create table assets.register_reference (
      entity bigint primary key,
      reference text not null,
      reference_base text not null,
      reference_note text,
      council_id text not null,
      url text not null,
      source_id text not null,
      loaded_by_run bigint not null references assets.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
  await sql`create index register_reference_council_idx on assets.register_reference (council_id, reference_base)`.execute(
    db,
  );

  await sql`
    create table assets.asset (
      id text primary key,
      name text not null,
      category text not null,
      category_inferred boolean not null,
      address text,
      postcode text,
      uprn text,
      latitude double precision,
      longitude double precision,
      council_id text not null,
      region text,
      listing_authority_name text not null,
      succession_note text,
      nominating_group text,
      nominating_organisation_id text,
      owner_name text,
      recorded_status text not null,
      status_qualifier text,
      recorded_on date not null,
      listing_ends_in_source date,
      register_reference text,
      planning_data_entity bigint,
      sports_ground boolean not null default false,
      notes text,
      citation_id text,
      source_url text,
      source_id text not null,
      loaded_by_run bigint not null references assets.ingest_run (id),
      valid_from timestamptz not null,
      check ((latitude is null) = (longitude is null))
    )`.execute(db);
  await sql`create index asset_council_idx on assets.asset (council_id, name, id)`.execute(db);
  await sql`create index asset_region_idx on assets.asset (region, name, id)`.execute(db);
  await sql`create index asset_category_idx on assets.asset (category, name, id)`.execute(db);
  await sql`create index asset_name_idx on assets.asset (name, id)`.execute(db);
  await sql`create index asset_nominator_idx on assets.asset (nominating_organisation_id)`.execute(
    db,
  );
  await sql`create index asset_name_trgm_idx on assets.asset using gin (name public.gin_trgm_ops)`.execute(
    db,
  );
  // `near` filters on a bounding box first (see asset.repository.ts), then on distance.
  await sql`create index asset_location_idx on assets.asset (latitude, longitude) where latitude is not null`.execute(
    db,
  );

  await sql`
    create table assets.asset_event (
      id bigint generated always as identity primary key,
      asset_id text not null,
      kind text not null,
      occurred_on date not null,
      detail text,
      origin text not null,
      source_url text,
      source_id text not null,
      loaded_by_run bigint not null references assets.ingest_run (id),
      valid_from timestamptz not null,
      unique (asset_id, kind, occurred_on, origin)
    )`.execute(db);
  await sql`create index asset_event_asset_idx on assets.asset_event (asset_id, occurred_on)`.execute(
    db,
  );
  // The change feed pages through events in the order they happened.
  await sql`create index asset_event_feed_idx on assets.asset_event (occurred_on, id)`.execute(db);

  // One row per span of a status: [starts_on, ends_on), ends_on null = still so. A span with
  // starts_on null began on a day the sources do not give.
  await sql`
    create table assets.asset_period (
      asset_id text not null,
      council_id text not null,
      status text not null,
      qualifier text,
      starts_on date,
      ends_on date,
      basis text not null
    )`.execute(db);
  await sql`create index asset_period_council_idx on assets.asset_period (council_id, status, starts_on, ends_on)`.execute(
    db,
  );
  await sql`create index asset_period_status_idx on assets.asset_period (status, starts_on, ends_on)`.execute(
    db,
  );
  await sql`create index asset_period_asset_idx on assets.asset_period (asset_id, starts_on)`.execute(
    db,
  );

  await sql`
    create table assets.asset_moratorium (
      asset_id text not null,
      council_id text not null,
      notified_on date not null,
      regime text not null,
      ends_on date not null,
      protected_until date not null,
      primary key (asset_id, notified_on)
    )`.execute(db);
  await sql`create index asset_moratorium_council_idx on assets.asset_moratorium (council_id, notified_on, ends_on)`.execute(
    db,
  );
  await sql`create index asset_moratorium_ends_idx on assets.asset_moratorium (ends_on, notified_on)`.execute(
    db,
  );

  // Which clock settings the derived tables were computed under, so a service started with
  // other settings can say its filters are stale.
  await sql`
    create table assets.derivation (
      id boolean primary key default true check (id),
      settings jsonb not null,
      derived_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'derivation',
    'asset_moratorium',
    'asset_period',
    'asset_event',
    'asset',
    'register_reference',
    'citation',
    'listing_authority',
  ])
    await sql`drop table if exists ${sql.table(`assets.${table}`)}`.execute(db);
}
