import { sql, type Kysely } from 'kysely';

// Frozen. The council facts `assetTotals` groups and divides by, in assets' own copy of the
// register: kind, strategic authority, whether it is current and lower-tier or unitary (a
// county's residents are already its districts'), and its population with the year.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table assets.listing_authority
      add column kind text,
      add column strategic_authority_id text,
      add column current boolean,
      add column lower_or_unitary boolean,
      add column population integer,
      add column population_year smallint`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table assets.listing_authority
      drop column kind, drop column strategic_authority_id, drop column current,
      drop column lower_or_unitary, drop column population, drop column population_year`.execute(
    db,
  );
}
