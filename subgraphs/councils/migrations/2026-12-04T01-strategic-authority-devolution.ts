import { sql, type Kysely } from 'kysely';

// Frozen. What each strategic authority has been given, as published: a mayor (since when) and
// its tier in the English devolution framework, with the page each fact was read on.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table councils.strategic_authority_devolution (
      id text primary key,
      mayoral boolean not null,
      mayor_since date,
      mayor_since_basis text,
      level text check (level in ('foundation', 'mayoral', 'established mayoral')),
      mayoral_source_url text,
      level_source_url text,
      notes text,
      source_id text not null,
      loaded_by_run bigint not null references councils.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table councils.strategic_authority_devolution`.execute(db);
}
