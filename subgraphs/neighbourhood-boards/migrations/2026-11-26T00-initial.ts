import { sql, type Kysely } from 'kysely';
import { createIngestTables } from '../../kit/ingest/ingest-tables.migration';

// Frozen: later changes go in new migrations.
//
// No foreign keys between loaded tables: each table is replaced by its own loader, and the
// loaders check references themselves so that a broken file is rejected with the line and the
// reason instead of a constraint name.

export async function up(db: Kysely<unknown>): Promise<void> {
  // Extensions are per database; this schema may live in a database of its own.
  await sql`create extension if not exists pg_trgm`.execute(db);
  await createIngestTables(db, 'neighbourhood_boards');

  await sql`
    create table neighbourhood_boards.board (
      id text primary key,
      place_name text not null,
      phase text not null,
      programme_history text[] not null,
      announced_on date not null,
      council_id text not null,
      council_code text not null,
      council_name_in_source text not null,
      council_official_name text not null,
      nation text not null,
      region text,
      funding_cap_gbp numeric(14, 2) not null check (funding_cap_gbp >= 0),
      funding_period_years smallint not null check (funding_period_years > 0),
      verification text not null,
      name_confidence text not null,
      council_confidence text not null,
      citation_ids text[] not null,
      notes text,
      source_id text not null,
      loaded_by_run bigint not null references neighbourhood_boards.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
  await sql`create index board_council_idx on neighbourhood_boards.board (council_id, place_name, id)`.execute(
    db,
  );
  await sql`create index board_nation_idx on neighbourhood_boards.board (nation)`.execute(db);
  await sql`create index board_region_idx on neighbourhood_boards.board (region)`.execute(db);
  await sql`create index board_phase_idx on neighbourhood_boards.board (phase)`.execute(db);
  await sql`create index board_place_name_idx on neighbourhood_boards.board (place_name, id)`.execute(
    db,
  );
  await sql`create index board_announced_idx on neighbourhood_boards.board (announced_on, id)`.execute(
    db,
  );
  await sql`create index board_place_name_trgm_idx on neighbourhood_boards.board using gin (place_name public.gin_trgm_ops)`.execute(
    db,
  );

  await sql`
    create table neighbourhood_boards.organisation (
      id text primary key,
      name text not null,
      kind text not null,
      charity_number text,
      company_number text,
      society_number text,
      council_id text,
      website text,
      source_url text,
      notes text,
      source_id text not null,
      loaded_by_run bigint not null references neighbourhood_boards.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
  await sql`create index organisation_council_idx on neighbourhood_boards.organisation (council_id)`.execute(
    db,
  );
  await sql`create index organisation_kind_idx on neighbourhood_boards.organisation (kind)`.execute(
    db,
  );
  await sql`create index organisation_name_idx on neighbourhood_boards.organisation (name, id)`.execute(
    db,
  );
  await sql`create index organisation_name_trgm_idx on neighbourhood_boards.organisation using gin (name public.gin_trgm_ops)`.execute(
    db,
  );

  await sql`
    create table neighbourhood_boards.board_status (
      board_id text not null,
      since date not null,
      status text not null,
      legal_form text not null,
      organisation_id text,
      source_url text not null,
      notes text,
      source_id text not null,
      loaded_by_run bigint not null references neighbourhood_boards.ingest_run (id),
      valid_from timestamptz not null,
      primary key (board_id, since)
    )`.execute(db);

  await sql`
    create table neighbourhood_boards.membership (
      id text primary key,
      board_id text not null,
      person_name text,
      organisation_id text,
      role text not null,
      constituency text not null,
      elected_office text,
      from_date date not null,
      to_date date,
      declared_interests text[] not null,
      source_url text not null,
      notes text,
      source_id text not null,
      loaded_by_run bigint not null references neighbourhood_boards.ingest_run (id),
      valid_from timestamptz not null,
      check (num_nonnulls(person_name, organisation_id) = 1),
      check (to_date is null or to_date >= from_date)
    )`.execute(db);
  await sql`create index membership_board_idx on neighbourhood_boards.membership (board_id, from_date)`.execute(
    db,
  );
  await sql`create index membership_organisation_idx on neighbourhood_boards.membership (organisation_id)`.execute(
    db,
  );

  // A board's status today is its latest status change on or before today (in the UK, whatever
  // the server's time zone, as the API's `asOf` defaults are); a board with none is "announced"
  // and, as the governance guidance sets up every board, has the council as its accountable
  // body. A view, so the answer moves with the calendar without a reload.
  await sql`
    create view neighbourhood_boards.board_current as
    select
      board.*,
      coalesce(latest.status, 'announced') as status,
      coalesce(latest.since, board.announced_on) as status_since,
      coalesce(latest.legal_form, 'unincorporated') as legal_form,
      latest.organisation_id as owner_organisation_id,
      latest.board_id is not null as status_recorded
    from neighbourhood_boards.board
    left join lateral (
      select *
      from neighbourhood_boards.board_status
      where board_status.board_id = board.id and board_status.since <= (now() at time zone 'Europe/London')::date
      order by board_status.since desc
      limit 1
    ) latest on true`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop view if exists neighbourhood_boards.board_current`.execute(db);
  for (const table of [
    'membership',
    'board_status',
    'organisation',
    'board',
    'record_history',
    'ingest_run',
  ]) {
    await sql`drop table if exists ${sql.table(`neighbourhood_boards.${table}`)}`.execute(db);
  }
}
