/* eslint-disable @typescript-eslint/no-explicit-any -- any subgraph's schema */
import { sql, type Kysely } from 'kysely';
import { runLoader, type IngestReport } from '../../subgraphs/kit/ingest/loader';
import type { SubgraphModule } from '../../subgraphs/kit/service/subgraph';

/**
 * Every row of every table of a schema (read from the catalogue, so a new table is covered
 * without editing the tests), to show that a rejected load changed nothing.
 */
export async function snapshotSchema<DB>(
  database: Kysely<DB>,
  schema: string,
): Promise<Record<string, unknown[]>> {
  const db = database as Kysely<any>;
  const { rows } = await sql<{
    tablename: string;
  }>`select tablename from pg_tables where schemaname = ${schema} order by tablename`.execute(db);
  const result: Record<string, unknown[]> = {};
  for (const { tablename } of rows)
    result[tablename] = await db.selectFrom(tablename).selectAll().execute();
  return result;
}

/** Loads each of a module's files on its own, in order, from `pathOf(fileName)`. */
export async function loadEachFile<DB>(
  db: Kysely<DB>,
  module: SubgraphModule,
  pathOf: (fileName: string) => string,
): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  for (const loader of module.loaders)
    reports.push(await runLoader(db, loader, pathOf(loader.source.fileName)));
  return reports;
}
