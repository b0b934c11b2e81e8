import { sql, type Kysely } from 'kysely';

// Frozen. The totals join an asset to its council's facts by GSS code: two authorities with one
// code would count the asset and the residents twice, so the code is unique where given.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unique index listing_authority_gss_code_key on assets.listing_authority (gss_code) where gss_code is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index assets.listing_authority_gss_code_key`.execute(db);
}
