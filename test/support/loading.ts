import { sql, type Kysely } from 'kysely';
import type { IngestReport, IngestTables } from '../../subgraphs/kit/ingest/importer';
import { runImport, type ImportTarget } from '../../subgraphs/kit/ingest/pipeline';
import type { SubgraphModule } from '../../subgraphs/kit/service/module';

/**
 * Every row of every table of a schema (read from the catalogue, so a new table is covered
 * without editing the tests), to show that a rejected import changed nothing.
 */
export async function snapshotSchema<DB>(
  database: Kysely<DB>,
  schema: string,
): Promise<Record<string, unknown[]>> {
  // Tables by name from the catalogue: any schema's, so not the caller's typed view.
  const db = database as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const { rows } = await sql<{
    tablename: string;
  }>`select tablename from pg_tables where schemaname = ${schema} order by tablename`.execute(db);
  const result: Record<string, unknown[]> = {};
  for (const { tablename } of rows)
    result[tablename] = await db.selectFrom(tablename).selectAll().execute();
  return result;
}

/** Imports each of a module's files on its own, in order, from `pathOf(fileName)`. */
export async function importEachFile<DB extends IngestTables, Context extends object>(
  target: ImportTarget<DB>,
  module: SubgraphModule<DB, Context>,
  pathOf: (fileName: string) => string,
): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  for (const importer of module.importers)
    reports.push(await runImport(target, importer, pathOf(importer.source.fileName)));
  return reports;
}
