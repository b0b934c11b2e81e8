import type { Kysely } from 'kysely';
import { createAuthorityDevolutionTable } from '../../kit/compare/group-facts.migration';

// Frozen. Whether each strategic authority has a mayor, in funding's own schema, so
// `fundingTotals` can group by MAYORAL.

export async function up(db: Kysely<unknown>): Promise<void> {
  await createAuthorityDevolutionTable(db, 'funding');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.withSchema('funding').dropTable('authority_devolution').execute();
}
