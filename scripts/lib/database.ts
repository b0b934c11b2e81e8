import type { Kysely } from 'kysely';
import pg from 'pg';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { envPrefix } from '../../platform/config';
import { createDatabase } from '../../platform/db/database';
import { readIngestLimits, type IngestLimits } from '../../subgraphs/kit/ingest/limits';
import type { ImportStep, IngestReport, IngestTables } from '../../subgraphs/kit/ingest/importer';
import { importAll } from '../../subgraphs/kit/ingest/pipeline';
import type { Logger } from '../../platform/logger';
import { migrateToLatest } from '../../platform/db/migrator';
import type { RegisteredSubgraph } from '../../subgraphs/kit/service/module';
import { subgraphModules } from '../../subgraphs';
import { dataDirectory, projectRoot } from '../../platform/paths';
import { requiredFiles } from '../../subgraphs/kit/types/source';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Creates `name` on the server of `adminUrl` unless it exists; returns the new database's URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The database URL of one subgraph: its own variable, else the shared one. */
export function databaseUrlFor(
  module: RegisteredSubgraph,
  sharedUrl: string,
  env = process.env,
): string {
  return env[`${envPrefix(module.name)}_DATABASE_URL`] ?? sharedUrl;
}

/** Runs `work` with a short-lived connection to one subgraph's schema. */
async function withSchema<T>(
  module: RegisteredSubgraph,
  sharedUrl: string,
  applicationName: string,
  logger: Logger | undefined,
  work: (db: Kysely<IngestTables>) => Promise<T>,
): Promise<T> {
  const database = createDatabase<IngestTables>({
    url: databaseUrlFor(module, sharedUrl),
    schema: module.schema,
    applicationName,
    logger,
  });
  try {
    return await work(database.db);
  } finally {
    await database.destroy();
  }
}

export async function migrateAll(
  sharedUrl: string,
  logger?: Logger,
  modules = subgraphModules,
): Promise<void> {
  for (const module of modules) {
    const applied = await withSchema(module, sharedUrl, 'migrate', logger, (db) =>
      migrateToLatest(db, module.schema, module.migrations),
    );
    logger?.info({ schema: module.schema, applied }, 'migrated');
  }
}

/** The files a data directory must hold; optional (contributed) files may be missing. */
export const allSourceFiles = (modules = subgraphModules) =>
  requiredFiles(modules.flatMap((m) => m.sources));

/** The data directory (`DATA_DIR` or the committed `data/`), or an error naming the missing files. */
export function requireDataDir(modules = subgraphModules, env = process.env): string {
  const dir = dataDirectory(env);
  const missing = allSourceFiles(modules).filter((file) => !existsSync(path.join(dir, file)));
  if (missing.length) {
    throw new Error(
      `The open-data directory ${dir} lacks ${missing.join(', ')}: ${
        env.DATA_DIR
          ? 'point DATA_DIR at a folder holding them, or unset it to use the committed data/'
          : 'restore data/ from git (git checkout -- data)'
      }.`,
    );
  }
  return dir;
}

/** The files of one subgraph's import: optional files that are absent are skipped (and logged). */
function stepsOf(
  module: RegisteredSubgraph,
  dir: string,
  logger?: Logger,
): ImportStep<IngestTables>[] {
  const steps: ImportStep<IngestTables>[] = [];
  for (const importer of module.importers) {
    const filePath = path.join(dir, importer.source.fileName);
    if (importer.source.optional && !existsSync(filePath)) {
      logger?.info({ file: importer.source.fileName }, `skipped: ${importer.source.optional}`);
      continue;
    }
    steps.push({ importer, filePath });
  }
  return steps;
}

/**
 * Imports every subgraph's files (from one directory, or one per subgraph) through the import
 * pipeline (`importAll`), so that a failed run commits nothing in any subgraph. An optional file
 * that is absent is skipped (and logged): what an earlier import wrote from it stays.
 */
export async function ingestAll(
  sharedUrl: string,
  dataDir: string | ((module: RegisteredSubgraph) => string),
  logger?: Logger,
  modules = subgraphModules,
  limits: IngestLimits = readIngestLimits(),
): Promise<IngestReport[]> {
  const dirOf = typeof dataDir === 'string' ? () => dataDir : dataDir;
  const databases = modules.map((module) =>
    createDatabase<IngestTables>({
      url: databaseUrlFor(module, sharedUrl),
      schema: module.schema,
      applicationName: 'ingest',
      logger,
    }),
  );
  try {
    return await importAll(
      modules.map((module, index) => ({
        name: module.name,
        schema: module.schema,
        db: databases[index].db,
        steps: stepsOf(module, dirOf(module), logger),
        after: { derive: module.derive, integrity: module.integrity },
        changeViews: module.changeViews,
        recordChanges: module.recordChanges?.bind(module),
      })),
      { logger, limits },
    );
  } finally {
    await Promise.all(databases.map((database) => database.destroy()));
  }
}

/** True when any subgraph has never loaded data (fresh database). */
export async function needsInitialLoad(
  sharedUrl: string,
  modules = subgraphModules,
): Promise<boolean> {
  for (const module of modules) {
    const run = await withSchema(module, sharedUrl, 'start', undefined, (db) =>
      db.selectFrom('ingest_run').select('id').limit(1).executeTakeFirst(),
    );
    if (!run) return true;
  }
  return false;
}

const DATABASE_NAME = 'community_power';

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL kept in `.pgdata/` (started here,
 * stopped by the returned `stop`). Sets DATABASE_URL so every service's config reads it.
 */
export async function provisionDatabase(
  logger: Logger,
): Promise<{ url: string; stop?: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const dataDir = path.join(projectRoot(), '.pgdata');
  logger.info({ dataDir, port }, 'starting embedded PostgreSQL');
  const postgres = await startEmbeddedPostgres({
    dataDir,
    port,
    log: (message) => logger.debug(message),
  });
  try {
    process.env.DATABASE_URL = await ensureDatabase(postgres.adminUrl, DATABASE_NAME);
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  return { url: process.env.DATABASE_URL, stop: postgres.stop };
}

/** Migrates every schema and, on a database that has never been loaded, loads the open data. */
export async function prepareDatabase(url: string, logger: Logger): Promise<void> {
  await migrateAll(url, logger);
  if (await needsInitialLoad(url)) {
    const started = performance.now();
    const dataDir = requireDataDir();
    logger.info({ dataDir }, 'empty database: loading the open data');
    const reports = await ingestAll(url, dataDir, logger);
    logger.info(
      { files: reports.length, ms: Math.round(performance.now() - started) },
      'open data loaded',
    );
  }
}
