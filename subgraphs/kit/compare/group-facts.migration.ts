import { sql, type Kysely } from 'kysely';

/** Creates `<schema>.council_deprivation` (see `CouncilDeprivationTable`); for a frozen migration. */
export async function createCouncilDeprivationTable(
  db: Kysely<unknown>,
  schema: string,
): Promise<void> {
  await sql`
    create table ${sql.table(`${schema}.council_deprivation`)} (
      council_id text primary key,
      imd_2025_rank integer not null,
      imd_2025_decile smallint not null check (imd_2025_decile between 1 and 10),
      source_id text not null,
      loaded_by_run bigint not null references ${sql.table(`${schema}.ingest_run`)} (id),
      valid_from timestamptz not null
    )`.execute(db);
}

/** Creates `<schema>.authority_devolution` (see `AuthorityDevolutionTable`); for a frozen migration. */
export async function createAuthorityDevolutionTable(
  db: Kysely<unknown>,
  schema: string,
): Promise<void> {
  await sql`
    create table ${sql.table(`${schema}.authority_devolution`)} (
      id text primary key,
      mayoral boolean not null,
      level text,
      source_id text not null,
      loaded_by_run bigint not null references ${sql.table(`${schema}.ingest_run`)} (id),
      valid_from timestamptz not null
    )`.execute(db);
}
