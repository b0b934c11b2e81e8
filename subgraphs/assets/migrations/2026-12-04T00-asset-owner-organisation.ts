import { sql, type Kysely } from 'kysely';

// Frozen. An asset's owner as an `Organisation` (neighbourhood-boards), when the compiler of a
// register matched the owner by hand, for `Organisation.ownedAssets`; like the nominating
// organisation, no published register names one.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table assets.asset add column owner_organisation_id text`.execute(db);
  await sql`create index asset_owner_idx on assets.asset (owner_organisation_id) where owner_organisation_id is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index assets.asset_owner_idx`.execute(db);
  await sql`alter table assets.asset drop column owner_organisation_id`.execute(db);
}
