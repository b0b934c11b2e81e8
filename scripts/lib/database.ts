import type { ControlledTransaction, Kysely } from 'kysely';
import pg from 'pg';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { envPrefix } from '../../platform/config';
import { createDatabase, type Database } from '../../platform/db/database';
import { readIngestLimits, type IngestLimits } from '../../subgraphs/kit/ingest/limits';
import { analyzeSchema, type IngestReport, type LoadStep } from '../../subgraphs/kit/ingest/loader';
import { IngestCommitError, ProblemLog } from '../../subgraphs/kit/ingest/problems';
import { validateFiles, type ValidatedFile } from '../../subgraphs/kit/ingest/validate';
import { beginLoad, ingestLockKey, writeFiles } from '../../subgraphs/kit/ingest/write';
import type { Logger } from '../../platform/logger';
import { migrateToLatest } from '../../platform/db/migrator';
import type { SubgraphModule } from '../../subgraphs/kit/service/subgraph';
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
  module: SubgraphModule,
  sharedUrl: string,
  env = process.env,
): string {
  return env[`${envPrefix(module.name)}_DATABASE_URL`] ?? sharedUrl;
}

/** Runs `work` with a short-lived connection to one subgraph's schema. */
async function withSchema<T>(
  module: SubgraphModule,
  sharedUrl: string,
  applicationName: string,
  logger: Logger | undefined,
  work: (db: Kysely<any>) => Promise<T>, // eslint-disable-line @typescript-eslint/no-explicit-any
): Promise<T> {
  const database = createDatabase({
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

/** The files of one subgraph's load: optional files that are absent are skipped (and logged). */
function stepsOf(module: SubgraphModule, dir: string, logger?: Logger): LoadStep[] {
  const steps: LoadStep[] = [];
  for (const loader of module.loaders) {
    const filePath = path.join(dir, loader.source.fileName);
    if (loader.source.optional && !existsSync(filePath)) {
      logger?.info({ file: loader.source.fileName }, `skipped: ${loader.source.optional}`);
      continue;
    }
    steps.push({ loader, filePath });
  }
  return steps;
}

/** One subgraph's write phase: its connection and its open transaction. */
interface OpenLoad {
  module: SubgraphModule;
  database: Database<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  trx?: ControlledTransaction<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  reports: IngestReport[];
}

async function rollBack(loads: OpenLoad[]): Promise<void> {
  for (const load of loads)
    await load.trx
      ?.rollback()
      .execute()
      .catch(() => undefined);
}

/**
 * Loads every subgraph's files (from one directory, or one per subgraph) so that a failed run
 * commits nothing:
 *
 * 1. every file of every subgraph is read and checked without the database (size, UTF-8, CSV
 *    shape, every cell); problems of all files go into one report, and any problem stops the
 *    run before a connection is opened;
 * 2. each subgraph, in registry order, opens its own transaction (subgraphs may live on
 *    different databases) and runs its files' `check`s and writes, `derive` and `integrity`,
 *    and keeps the transaction open; a rejected subgraph does not stop the others from being
 *    checked, so the report covers them all. Any problem or error rolls every one back;
 * 3. only then are the transactions committed, one after another. Should a commit itself fail,
 *    `IngestCommitError` names the subgraphs committed and those not.
 *
 * An optional file that is absent is skipped (and logged): what an earlier load wrote from it
 * stays.
 */
export async function ingestAll(
  sharedUrl: string,
  dataDir: string | ((module: SubgraphModule) => string),
  logger?: Logger,
  modules = subgraphModules,
  limits: IngestLimits = readIngestLimits(),
): Promise<IngestReport[]> {
  const dirOf = typeof dataDir === 'string' ? () => dataDir : dataDir;
  const log = new ProblemLog(limits.maxProblems);
  const validated: ValidatedFile[][] = [];
  for (const module of modules)
    validated.push(await validateFiles(stepsOf(module, dirOf(module), logger), log, limits));
  if (log.total > 0) throw log.error();

  const loads: OpenLoad[] = modules.map((module) => ({
    module,
    database: createDatabase({
      url: databaseUrlFor(module, sharedUrl),
      schema: module.schema,
      applicationName: 'ingest',
      logger,
    }),
    reports: [],
  }));
  try {
    for (const [index, load] of loads.entries()) {
      try {
        load.trx = await load.database.db.startTransaction().execute();
        await beginLoad(load.trx, ingestLockKey(load.module.schema));
        const written = await writeFiles(load.trx, validated[index], log, load.module);
        if (written) load.reports = written;
        else log.note(`${load.module.name} was rejected by the checks that read its tables.`);
      } catch (error) {
        await rollBack(loads);
        throw new Error(
          `Writing ${load.module.name} failed: ${error instanceof Error ? error.message : String(error)}; nothing was committed in any subgraph.`,
          { cause: error },
        );
      }
    }
    if (log.total > 0) {
      await rollBack(loads);
      throw log.error();
    }
    const committed: string[] = [];
    for (const [index, load] of loads.entries()) {
      try {
        await load.trx!.commit().execute();
      } catch (error) {
        const rest = loads.slice(index);
        await rollBack(rest);
        throw new IngestCommitError(
          committed,
          rest.map((l) => l.module.name),
          error,
        );
      }
      committed.push(load.module.name);
    }
    for (const load of loads) {
      await analyzeSchema(load.database.db, load.module.schema);
      for (const report of load.reports) logger?.info(report, 'loaded');
    }
    return loads.flatMap((load) => load.reports);
  } finally {
    await Promise.all(loads.map((load) => load.database.destroy()));
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
