import { sql, type Kysely } from 'kysely';
import { createIngestTables } from '../../kit/ingest/ingest-tables.migration';

// Frozen: later changes go in new migrations.
//
// Money is numeric(14, 2): exact pounds and pence, summed by Postgres on exact decimals. No
// foreign keys between loaded tables: the loaders and the integrity check report a broken
// reference with its file and line instead of a constraint name.

export async function up(db: Kysely<unknown>): Promise<void> {
  await createIngestTables(db, 'funding');

  await sql`
    create table funding.programme (
      id text primary key,
      name text not null,
      department text not null,
      scope text not null,
      places_expected integer,
      max_per_place_gbp numeric(14, 2),
      period text,
      total_budget_gbp numeric(14, 2),
      funding_type text,
      key_dates text,
      citation_ids text[] not null,
      notes text,
      source_id text not null,
      loaded_by_run bigint not null references funding.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);

  await sql`
    create table funding.allocation (
      id text primary key,
      programme_id text not null,
      recipient_kind text not null,
      council_id text,
      strategic_authority_id text,
      board_id text,
      recipient_name text not null,
      amount_gbp numeric(14, 2) check (amount_gbp >= 0),
      basis text not null check (basis in ('cap', 'confirmed')),
      capital_or_revenue text,
      financial_years text[] not null,
      period_years smallint,
      first_tranche_gbp numeric(14, 2),
      first_tranche_year text,
      first_tranche_note text,
      announced_on date,
      financial_year text,
      confidence text not null,
      verification text not null,
      evidence text,
      citation_ids text[] not null,
      notes text,
      source_id text not null,
      loaded_by_run bigint not null references funding.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
  for (const column of ['programme_id', 'council_id', 'board_id', 'strategic_authority_id'])
    await sql`create index ${sql.raw(`allocation_${column}_idx`)} on funding.allocation (${sql.ref(column)}, id)`.execute(
      db,
    );
  await sql`create index allocation_kind_idx on funding.allocation (recipient_kind)`.execute(db);
  await sql`create index allocation_amount_idx on funding.allocation (amount_gbp, id)`.execute(db);
  await sql`create index allocation_announced_idx on funding.allocation (announced_on, id)`.execute(
    db,
  );

  await sql`
    create table funding.grant_award (
      id text primary key,
      title text not null,
      description text,
      currency text not null,
      amount_gbp numeric(14, 2) check (amount_gbp >= 0),
      amount_note text,
      award_date date,
      financial_year text,
      recipient_org_identifier text,
      recipient_org_name text,
      funding_org_identifier text,
      funding_org_name text not null,
      council_id text,
      council_confidence text,
      planned_start date,
      planned_end date,
      programme_id text,
      programme_title text,
      round text,
      award_window text,
      citation_ids text[] not null,
      notes text,
      source_id text not null,
      loaded_by_run bigint not null references funding.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
  for (const column of ['programme_id', 'council_id', 'award_date', 'amount_gbp', 'title'])
    await sql`create index ${sql.raw(`grant_award_${column}_idx`)} on funding.grant_award (${sql.ref(column)}, id)`.execute(
      db,
    );

  // The documented crosswalk from a grant to the Asset it helped buy or the Organisation that
  // received it: links made by a person reading both records, each with its confidence.
  await sql`
    create table funding.grant_link (
      grant_id text not null,
      target_type text not null check (target_type in ('asset', 'organisation')),
      target_id text not null,
      confidence text not null,
      reason text not null,
      evidence_url text,
      source_id text not null,
      loaded_by_run bigint not null references funding.ingest_run (id),
      valid_from timestamptz not null,
      primary key (grant_id, target_type, target_id)
    )`.execute(db);
  await sql`create index grant_link_target_idx on funding.grant_link (target_type, target_id)`.execute(
    db,
  );

  // Funding's own copy of the council facts it groups and divides by (region, population, IMD
  // 2025 decile), loaded from the same committed files as the councils subgraph: no subgraph
  // reads another's tables (docs/architecture.md, "Funding's copy of council facts").
  await sql`
    create table funding.council_fact (
      council_id text primary key,
      code text not null,
      name text not null,
      nation text not null,
      region text,
      current boolean not null,
      lower_or_unitary boolean not null,
      population integer,
      population_year smallint,
      source_id text not null,
      loaded_by_run bigint not null references funding.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
  await sql`
    create table funding.council_deprivation (
      council_id text primary key,
      imd_2025_rank integer not null,
      imd_2025_decile smallint not null check (imd_2025_decile between 1 and 10),
      source_id text not null,
      loaded_by_run bigint not null references funding.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'council_deprivation',
    'council_fact',
    'grant_link',
    'grant_award',
    'allocation',
    'programme',
    'record_history',
    'ingest_run',
  ]) {
    await sql`drop table if exists ${sql.table(`funding.${table}`)}`.execute(db);
  }
}
