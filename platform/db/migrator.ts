import { Kysely, Migrator, type Migration } from 'kysely';

export type Migrations = Record<string, Migration>;

/**
 * Brings one subgraph's schema to its latest migration. The migration bookkeeping tables live
 * inside that schema, so subgraphs migrate independently even when they share a database.
 * Migrations are passed in as modules (not read from a folder) so the same code runs from
 * TypeScript in tests and from compiled JavaScript in production.
 */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  schema: string,
  migrations: Migrations,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const detail = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(
      `Migrating schema "${schema}" failed${failed ? ` at ${failed.migrationName}` : ''}: ${detail}`,
    );
  }
  return (results ?? []).map((result) => result.migrationName);
}
