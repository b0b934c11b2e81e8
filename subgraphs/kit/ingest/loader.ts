import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Logger } from '../logger';
import type { SourceDescriptor } from '../source';
import { parseCsv, type CsvRecord, type CsvResult } from './csv';
import { IngestValidationError, type Problem } from './problems';
import type { SyncCounts } from './sync';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * How one source file becomes rows in a subgraph's schema. Validation happens in two passes
 * before anything is written: `rowSchema` checks each cell, `check` checks the file as a whole
 * (duplicates, references to other files); `write` then runs inside one transaction.
 */
export interface DatasetLoader<Schema extends z.ZodTypeAny = any> {
  source: SourceDescriptor;
  requiredColumns: string[];
  rowSchema: Schema;
  /**
   * Reads a file that is not CSV (e.g. JSON) into records keyed by column name, validated by
   * `rowSchema` like CSV rows (see `validateRecords`). Absent: the file is CSV.
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
}

/** Validates one file whole (cells, then `check`), then writes it and records the run. */
async function loadFile(trx: Kysely<any>, { loader, filePath }: LoadStep): Promise<IngestReport> {
  const started = performance.now();
  const file = path.basename(filePath);
  const content = await readFile(filePath, 'utf8');
  const checksum = createHash('sha256').update(content).digest('hex');

  const { records, problems } = loader.parse
    ? loader.parse(file, content)
    : parseCsv(file, content, loader.rowSchema, loader.requiredColumns);
  if (problems.length === 0 && loader.check)
    problems.push(...(await loader.check(trx, records, file)));
  if (problems.length > 0) throw new IngestValidationError(problems);

  const startedAt = new Date();
  const { id } = await trx
    .insertInto('ingest_run')
    .values({
      source_id: loader.source.id,
      file_name: file,
      checksum_sha256: checksum,
      rows_in_file: records.length,
      started_at: startedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const counts = await loader.write(trx, records, { id, startedAt });
  await trx
    .updateTable('ingest_run')
    .set({ ...counts, finished_at: new Date() })
    .where('id', '=', id)
    .execute();
  return {
    sourceId: loader.source.id,
    file,
    checksum,
    rows: records.length,
    ...counts,
    runId: id as number,
    ms: Math.round(performance.now() - started),
  };
}

/**
 * Loads several files of one schema as one unit: each is validated whole before it is written,
 * each run is recorded (checksum, counts, time) in the schema's `ingest_run`, and everything
 * happens in one transaction, with the integrity check last. Any rejected file or broken
 * reference throws `IngestValidationError` and leaves the database exactly as it was, so files
 * that refer to each other (members and organisations) can change together.
 */
export async function runLoaders(
  db: Kysely<any>,
  steps: LoadStep[],
  options: LoadOptions = {},
): Promise<IngestReport[]> {
  const reports = await db.transaction().execute(async (trx) => {
    // A big load may outrun the serving statement timeout, and waiting for another load's lock
    // should wait, not fail after 10 s: a load has its own, generous limits.
    await sql`set local statement_timeout = '15min'`.execute(trx);
    await sql`set local lock_timeout = '15min'`.execute(trx);
    if (options.lockKey)
      await sql`select pg_advisory_xact_lock(hashtext(${options.lockKey}))`.execute(trx);
    const done: IngestReport[] = [];
    for (const step of steps) done.push(await loadFile(trx, step));
    if (options.derive) await options.derive(trx);
    const problems = options.integrity ? await options.integrity(trx) : [];
    if (problems.length > 0) throw new IngestValidationError(problems);
    return done;
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
