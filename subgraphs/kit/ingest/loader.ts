import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Logger } from '../../../platform/logger';
import type { SourceDescriptor } from '../types/source';
import type { CsvRecord, CsvResult } from './csv';
import { readIngestLimits, type IngestLimits } from './limits';
import { ProblemLog, type Problem } from './problems';
import type { SyncCounts } from './sync';
import { validateFiles } from './validate';
import { beginLoad, writeFiles } from './write';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * How one source file becomes rows in a subgraph's schema. Validation happens in two passes
 * before anything is written: `rowSchema` checks each cell (with every other file of the load,
 * before any database work), `check` checks the file as a whole (duplicates, references to
 * files loaded before it) in the write transaction; `write` then runs in that transaction.
 */
export interface DatasetLoader<Schema extends z.ZodTypeAny = any> {
  source: SourceDescriptor;
  requiredColumns: string[];
  rowSchema: Schema;
  /**
   * Reads a file that is not CSV (e.g. JSON) into records keyed by column name, validated by
   * `rowSchema` like CSV rows (see `validateRecords`). It gets the whole text, strictly decoded
   * UTF-8 with line endings made LF, of a file under the size cap. Absent: the file is CSV.
   */
  parse?: (file: string, content: string) => CsvResult<z.output<Schema>>;
  check?: (
    db: Kysely<any>,
    records: CsvRecord<z.output<Schema>>[],
    file: string,
  ) => Promise<Problem[]>;
  write: (
    trx: Kysely<any>,
    records: CsvRecord<z.output<Schema>>[],
    run: IngestRun,
  ) => Promise<SyncCounts>;
}

export interface IngestRun {
  id: number;
  startedAt: Date;
}

export interface IngestReport extends SyncCounts {
  sourceId: string;
  file: string;
  checksum: string;
  rows: number;
  runId: number;
  ms: number;
}

/** One file to load and the loader that reads it. */
export interface LoadStep {
  loader: DatasetLoader;
  filePath: string;
}

/**
 * Checks a subgraph's tables as a whole once every file of a load is written (e.g. that no
 * membership points at a board the new places file dropped). Runs inside the load's transaction.
 */
export type IntegrityCheck = (trx: Kysely<any>) => Promise<Problem[]>;

/**
 * Rebuilds what a subgraph derives from its loaded tables (e.g. status periods computed by rule),
 * once every file of a load is written and before the integrity check, in the load's transaction.
 */
export type DeriveStep = (trx: Kysely<any>) => Promise<void>;

export interface LoadOptions {
  logger?: Logger;
  derive?: DeriveStep;
  integrity?: IntegrityCheck;
  /** Loads with the same key wait for each other (a Postgres advisory lock), e.g. the schema. */
  lockKey?: string;
  /** File size and problem caps; default: `readIngestLimits()` (the environment). */
  limits?: IngestLimits;
}

/**
 * Loads several files of one schema as one unit, in two phases. First every file is read as a
 * stream and checked without the database (size, UTF-8, CSV shape, every cell), all problems of
 * all files into one report; then, in one transaction, each file's `check` runs and it is
 * written, its run recorded (checksum, counts, time) in the schema's `ingest_run`, with the
 * integrity check last. Any problem throws `IngestValidationError` and leaves the database
 * exactly as it was, so files that refer to each other (members and organisations) can change
 * together.
 */
export async function runLoaders(
  db: Kysely<any>,
  steps: LoadStep[],
  options: LoadOptions = {},
): Promise<IngestReport[]> {
  const limits = options.limits ?? readIngestLimits();
  const log = new ProblemLog(limits.maxProblems);
  const files = await validateFiles(steps, log, limits);
  if (log.total > 0) throw log.error();
  const reports = await db.transaction().execute(async (trx) => {
    await beginLoad(trx, options.lockKey);
    const written = await writeFiles(trx, files, log, options);
    if (!written) throw log.error();
    return written;
  });
  for (const report of reports) options.logger?.info(report, 'loaded');
  return reports;
}

/** Loads one file on its own, as one `runLoaders` step (pass the module's checks in `options`). */
export async function runLoader(
  db: Kysely<any>,
  loader: DatasetLoader,
  filePath: string,
  options: LoadOptions = {},
): Promise<IngestReport> {
  const [report] = await runLoaders(db, [{ loader, filePath }], options);
  return report;
}
/**
 * Refreshes the planner statistics of every table in a schema. Run after a load: autovacuum
 * gets to a freshly loaded table late, and until then the planner guesses one row per table
 * and picks nested loops that cost 10x on joins.
 */
export async function analyzeSchema(db: Kysely<any>, schema: string): Promise<void> {
  const { rows } = await sql<{
    tablename: string;
  }>`select tablename from pg_tables where schemaname = ${schema}`.execute(db);
  for (const { tablename } of rows)
    await sql`analyze ${sql.table(`${schema}.${tablename}`)}`.execute(db);
}
