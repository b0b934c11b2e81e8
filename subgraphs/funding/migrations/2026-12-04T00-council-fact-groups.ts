import { sql, type Kysely } from 'kysely';

// Frozen. A council's kind and strategic authority in funding's copy of the register, so
// `fundingTotals` can group by them without reading the councils subgraph's tables.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table funding.council_fact add column kind text, add column strategic_authority_id text`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table funding.council_fact drop column kind, drop column strategic_authority_id`.execute(
    db,
  );
}
