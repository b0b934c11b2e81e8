import { sql, type Kysely } from 'kysely';
import { createIngestTables } from '../../kit/ingest/ingest-tables.migration';

// Frozen: later changes go in new migrations.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await createIngestTables(db, 'councils');

  await sql`
    create table councils.council (
      id text primary key,
      code text not null unique,
      gss_code text unique,
      name text not null,
      official_name text not null,
      kind text not null,
      kind_name text not null,
      tier text not null,
      nation text not null,
      region text,
      county_code text,
      strategic_authority_code text,
      population integer,
      population_year smallint,
      area_km2 double precision,
      active boolean not null,
      start_date date,
      end_date date,
      replaced_by_codes text[] not null default '{}',
      former_gss_codes text[] not null default '{}',
      latitude double precision,
      longitude double precision,
      gov_uk_slug text,
      source_id text not null,
      loaded_by_run bigint not null references councils.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
  await sql`create index council_nation_idx on councils.council (nation)`.execute(db);
  await sql`create index council_region_idx on councils.council (region)`.execute(db);
  await sql`create index council_kind_idx on councils.council (kind)`.execute(db);
  await sql`create index council_tier_idx on councils.council (tier)`.execute(db);
  await sql`create index council_active_idx on councils.council (active)`.execute(db);
  await sql`create index council_county_idx on councils.council (county_code)`.execute(db);
  await sql`create index council_strategic_authority_idx on councils.council (strategic_authority_code)`.execute(
    db,
  );
  await sql`create index council_name_idx on councils.council (name, id)`.execute(db);
  await sql`create index council_population_idx on councils.council (population desc nulls last, id)`.execute(
    db,
  );
  await sql`create index council_name_trgm_idx on councils.council using gin (name public.gin_trgm_ops, official_name public.gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index council_replaced_by_idx on councils.council using gin (replaced_by_codes)`.execute(
    db,
  );

  await sql`
    create table councils.strategic_authority (
      id text primary key,
      gss_code text unique,
      name text not null,
      kind text not null,
      region text,
      start_date date,
      member_codes_in_source text[] not null,
      notes text,
      source_id text not null,
      loaded_by_run bigint not null references councils.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);

  await sql`
    create table councils.deprivation (
      edition text not null,
      council_id text not null,
      area_code text not null,
      area_name text,
      rank_of_average_score integer not null,
      average_score double precision not null,
      rank_of_average_rank integer,
      average_rank double precision,
      proportion_most_deprived_10pct double precision,
      ranked_among integer not null,
      decile smallint not null check (decile between 1 and 10),
      source_id text not null,
      loaded_by_run bigint not null references councils.ingest_run (id),
      valid_from timestamptz not null,
      primary key (edition, council_id)
    )`.execute(db);
  await sql`create index deprivation_council_idx on councils.deprivation (council_id)`.execute(db);
  await sql`create index deprivation_rank_idx on councils.deprivation (edition, rank_of_average_score)`.execute(
    db,
  );

  await sql`
    create table councils.council_name (
      name text not null,
      council_code text not null,
      normalised_name text not null,
      source_id text not null,
      loaded_by_run bigint not null references councils.ingest_run (id),
      valid_from timestamptz not null,
      primary key (name, council_code)
    )`.execute(db);
  await sql`create index council_name_normalised_idx on councils.council_name (normalised_name)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'council_name',
    'deprivation',
    'strategic_authority',
    'council',
    'record_history',
    'ingest_run',
  ]) {
    await sql`drop table if exists ${sql.table(`councils.${table}`)}`.execute(db);
  }
}
