import { sql, type Kysely } from 'kysely';

// Frozen. Measured on a million synthetic assets (npm run synth, docs/architecture.md): the
// `near` and council filters spent their time in heap fetches and one period lookup per asset.
//
// `known_from` is the first day any status of the asset is known (its first period's start).
// Status periods follow one another without gaps and the last is open, so "on a list on day D"
// is `known_from <= D`: one column in the index instead of a lookup per asset. Derived, like
// the periods, by the load's derive step.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table assets.asset add column known_from date`.execute(db);
  await sql`drop index assets.asset_location_idx`.execute(db);
  await sql`create index asset_location_idx on assets.asset (latitude, longitude) include (id, name, known_from) where latitude is not null`.execute(
    db,
  );
  await sql`drop index assets.asset_council_idx`.execute(db);
  await sql`create index asset_council_idx on assets.asset (council_id, name, id) include (known_from)`.execute(
    db,
  );
  await sql`drop index assets.asset_period_asset_idx`.execute(db);
  await sql`create index asset_period_asset_idx on assets.asset_period (asset_id, starts_on) include (ends_on, status)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index assets.asset_period_asset_idx`.execute(db);
  await sql`create index asset_period_asset_idx on assets.asset_period (asset_id, starts_on)`.execute(
    db,
  );
  await sql`drop index assets.asset_council_idx`.execute(db);
  await sql`create index asset_council_idx on assets.asset (council_id, name, id)`.execute(db);
  await sql`drop index assets.asset_location_idx`.execute(db);
  await sql`create index asset_location_idx on assets.asset (latitude, longitude) where latitude is not null`.execute(
    db,
  );
  await sql`alter table assets.asset drop column known_from`.execute(db);
}
