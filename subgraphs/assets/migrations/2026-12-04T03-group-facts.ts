import type { Kysely } from 'kysely';
import {
  createAuthorityDevolutionTable,
  createCouncilDeprivationTable,
} from '../../kit/compare/group-facts.migration';

// Frozen. Each district's IMD 2025 decile and whether each strategic authority has a mayor, in
// assets' own schema, so `assetTotals` can group by IMD_2025_DECILE and MAYORAL.

export async function up(db: Kysely<unknown>): Promise<void> {
  await createCouncilDeprivationTable(db, 'assets');
  await createAuthorityDevolutionTable(db, 'assets');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.withSchema('assets').dropTable('authority_devolution').execute();
  await db.schema.withSchema('assets').dropTable('council_deprivation').execute();
}
