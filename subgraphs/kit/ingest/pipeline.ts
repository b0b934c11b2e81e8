import { sql, type ControlledTransaction, type Kysely } from 'kysely';
import type { Logger } from '../../../platform/logger';
import type {
  DatasetImporter,
  IngestReport,
  IngestTables,
  ImportStep,
  PreparedInput,
} from './importer';
import { readIngestLimits, type IngestLimits } from './limits';
import { IngestCommitError, ProblemLog } from './problems';
import { validateFiles } from './validate';
import { beginImport, writeInputs, type AfterWrite } from './write';
import {
  changesSince,
  snapshotViews,
  type CapturedChange,
  type ChangeView,
} from '../changes/change-view';

/** One subgraph's part of an import: its database, its inputs, what runs after their writes. */
export interface ImportPlan<DB extends IngestTables> {
  /** The subgraph, as messages name it. */
  name: string;
  /** The Postgres schema `db` is bound to. */
  schema: string;
  db: Kysely<DB>;
  /** Files to read and validate. */
  steps?: ImportStep<DB>[];
  /** Inputs already prepared (rows a generator makes), written after the files. */
  inputs?: PreparedInput<DB>[];
  after?: AfterWrite<DB>;
  /** What this subgraph reports as changes when the import records them (`recordChanges`). */
  changeViews?: ChangeView[];
  /**
   * The plan that records changes (the notifications subgraph): given what the plans before it
   * changed, the input that writes them, in its own transaction, committed with theirs.
   */
  recordChanges?: (changes: CapturedChange[]) => PreparedInput<DB>;
}

export interface ImportOptions {
  logger?: Logger;
  /** File size and problem caps; default: `readIngestLimits()` (the environment). */
  limits?: IngestLimits;
  /**
   * What refreshes the planner's statistics after the commit: `analyze` (default), `vacuum`
   * (VACUUM ANALYZE, which also sets the visibility map that index-only scans need: for bulk
   * writes) or `none`. Autovacuum gets to a freshly written table late, and until then the
   * planner guesses one row per table and picks nested loops that cost 10x on joins.
   */
  statistics?: 'analyze' | 'vacuum' | 'none';
}

interface OpenImport<DB extends IngestTables> {
  plan: ImportPlan<DB>;
  inputs: PreparedInput<DB>[];
  trx?: ControlledTransaction<DB>;
  reports: IngestReport[];
}

async function rollBack<DB extends IngestTables>(imports: OpenImport<DB>[]): Promise<void> {
  for (const open of imports)
    await open.trx
      ?.rollback()
      .execute()
      .catch(() => undefined);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The one import pipeline (used by `npm run ingest`, `npm start`'s first load, the synthetic
 * register and the tests): read → validate whole inputs → write in one transaction per
 * subgraph → record each run, so that a failed import commits nothing:
 *
 * 1. every file of every plan is read and checked without the database (size, UTF-8, CSV shape,
 *    every cell); problems of all files go into one report, and any problem stops the import
 *    before a transaction is opened;
 * 2. each plan, in order, opens its own transaction (subgraphs may live on different databases),
 *    takes its schema's import lock, runs its inputs' checks and writes (each run recorded in the
 *    schema's `ingest_run`), `derive` and `integrity`, and keeps the transaction open; a rejected
 *    plan does not stop the others from being checked, so the report covers them all. Any
 *    problem or error rolls every one back;
 *    When a plan records changes (`recordChanges`), each plan before it compares its
 *    `changeViews` before and after its writes, in its transaction, and the recorder writes what
 *    they found in its own: a rejected import reports no change;
 * 3. only then are the transactions committed, one after another. Should a commit itself fail,
 *    `IngestCommitError` names the subgraphs committed and those not.
 */
export async function importAll<DB extends IngestTables>(
  plans: ImportPlan<DB>[],
  options: ImportOptions = {},
): Promise<IngestReport[]> {
  const limits = options.limits ?? readIngestLimits();
  const log = new ProblemLog(limits.maxProblems);
  const imports: OpenImport<DB>[] = [];
  for (const plan of plans) {
    const files = await validateFiles(plan.steps ?? [], log, limits);
    imports.push({ plan, inputs: [...files, ...(plan.inputs ?? [])], reports: [] });
  }
  if (log.total > 0) throw log.error();

  // Changes are compared only when some plan records them (not in one-file imports or tests).
  const recording = plans.some((plan) => plan.recordChanges);
  const changes: CapturedChange[] = [];
  for (const open of imports) {
    const { plan } = open;
    try {
      open.trx = await plan.db.startTransaction().execute();
      await beginImport(open.trx, plan.schema);
      const views = recording ? (plan.changeViews ?? []) : [];
      await snapshotViews(open.trx, views);
      if (plan.recordChanges) open.inputs.push(plan.recordChanges(changes));
      const written = await writeInputs(open.trx, open.inputs, log, plan.after);
      if (written) {
        open.reports = written;
        changes.push(...(await changesSince(open.trx, plan.name, views)));
      } else log.note(`${plan.name} was rejected by the checks that read its tables.`);
    } catch (error) {
      await rollBack(imports);
      throw new Error(
        `Writing ${plan.name} failed: ${message(error)}; nothing was committed in any subgraph.`,
        { cause: error },
      );
    }
  }
  if (log.total > 0) {
    await rollBack(imports);
    throw log.error();
  }
  const committed: string[] = [];
  for (const [index, open] of imports.entries()) {
    try {
      await open.trx?.commit().execute();
    } catch (error) {
      const rest = imports.slice(index);
      await rollBack(rest);
      throw new IngestCommitError(
        committed,
        rest.map(({ plan }) => plan.name),
        error,
      );
    }
    committed.push(open.plan.name);
  }
  for (const { plan, reports } of imports) {
    await refreshStatistics(plan.db, plan.schema, options.statistics ?? 'analyze');
    for (const report of reports) options.logger?.info(report, 'imported');
  }
  return imports.flatMap(({ reports }) => reports);
}

/** Where one schema's import writes: a `Database` from `platform/db` is one. */
export interface ImportTarget<DB> {
  db: Kysely<DB>;
  schema: string;
}

/** Imports files into one schema, as one unit (see `importAll`). */
export async function runImports<DB extends IngestTables>(
  target: ImportTarget<DB>,
  steps: ImportStep<DB>[],
  options: ImportOptions & AfterWrite<DB> = {},
): Promise<IngestReport[]> {
  const { derive, integrity, ...rest } = options;
  const { db, schema } = target;
  return importAll([{ name: schema, schema, db, steps, after: { derive, integrity } }], rest);
}

/** Imports one file on its own (pass the module's `derive`/`integrity` in `options`). */
export async function runImport<DB extends IngestTables>(
  target: ImportTarget<DB>,
  importer: DatasetImporter<DB>,
  filePath: string,
  options: ImportOptions & AfterWrite<DB> = {},
): Promise<IngestReport> {
  const [report] = await runImports(target, [{ importer, filePath }], options);
  return report;
}

export async function refreshStatistics<DB>(
  db: Kysely<DB>,
  schema: string,
  how: 'analyze' | 'vacuum' | 'none',
): Promise<void> {
  if (how === 'none') return;
  const { rows } = await sql<{
    tablename: string;
  }>`select tablename from pg_tables where schemaname = ${schema}`.execute(db);
  for (const { tablename } of rows) {
    const table = sql.table(`${schema}.${tablename}`);
    if (how === 'vacuum') await sql`vacuum (analyze) ${table}`.execute(db);
    else await sql`analyze ${table}`.execute(db);
  }
}
