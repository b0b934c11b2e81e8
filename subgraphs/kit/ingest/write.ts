import { sql, type Kysely } from 'kysely';
import type {
  DeriveStep,
  IngestReport,
  IngestTables,
  IntegrityCheck,
  PreparedInput,
} from './importer';
import type { ProblemLog } from './problems';

/** The lock every writer of one schema's data takes (`beginImport`), so imports wait for each other. */
export const ingestLockKey = (schema: string) => `ingest:${schema}`;

/**
 * Prepares an import's transaction: a big import may outrun the serving statement timeout, and
 * waiting for another import's lock should wait, not fail after 10 s, so an import has its own,
 * generous limits; imports of the same schema wait for each other (`ingestLockKey`).
 */
export async function beginImport<DB>(trx: Kysely<DB>, schema: string): Promise<void> {
  await sql`set local statement_timeout = '15min'`.execute(trx);
  await sql`set local lock_timeout = '15min'`.execute(trx);
  await sql`select pg_advisory_xact_lock(hashtext(${ingestLockKey(schema)}))`.execute(trx);
}

/** Writes one prepared input and records its run in `ingest_run`. */
async function writeInput<DB>(
  trx: Kysely<IngestTables>,
  input: PreparedInput<DB>,
  asSchema: Kysely<DB>,
): Promise<IngestReport> {
  const started = performance.now();
  const startedAt = new Date();
  const { id } = await trx
    .insertInto('ingest_run')
    .values({
      source_id: input.sourceId,
      file_name: input.name,
      checksum_sha256: input.checksum,
      rows_in_file: input.rows,
      started_at: startedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const counts = await input.write(asSchema, { id, startedAt });
  await trx
    .updateTable('ingest_run')
    .set({ ...counts, finished_at: new Date() })
    .where('id', '=', id)
    .execute();
  return {
    sourceId: input.sourceId,
    file: input.name,
    checksum: input.checksum,
    rows: input.rows,
    ...counts,
    runId: id,
    ms: input.ms + Math.round(performance.now() - started),
  };
}

/** What a subgraph runs after its inputs are written, in the same transaction. */
export interface AfterWrite<DB> {
  derive?: DeriveStep<DB>;
  integrity?: IntegrityCheck<DB>;
}

/**
 * The write phase of one subgraph, inside its transaction (after `beginImport`): for each input
 * in order its `check` (which may read what earlier inputs of this import wrote), then its
 * write; then `derive` and `integrity`. An input whose check fails is not written and the inputs
 * after it are not checked (their references may point at it); the problems go to `log` and the
 * result is null, so the caller rolls back. Inputs must have passed validation.
 */
export async function writeInputs<DB extends IngestTables>(
  trx: Kysely<DB>,
  inputs: PreparedInput<DB>[],
  log: ProblemLog,
  after: AfterWrite<DB> = {},
): Promise<IngestReport[] | null> {
  // Kysely types a schema by all its tables; the run bookkeeping needs only the two every
  // importing schema has, which is what `DB extends IngestTables` promises.
  const runs = trx as unknown as Kysely<IngestTables>;
  const reports: IngestReport[] = [];
  for (const [index, input] of inputs.entries()) {
    const problems = await input.check(trx);
    if (problems.length > 0) {
      log.addAll(problems);
      const unchecked = inputs.slice(index + 1).map((later) => later.name);
      if (unchecked.length > 0)
        log.note(
          `Not checked against the database, since they load after ${input.name}: ${unchecked.join(', ')}.`,
        );
      return null;
    }
    reports.push(await writeInput(runs, input, trx));
  }
  if (after.derive) await after.derive(trx);
  const problems = after.integrity ? await after.integrity(trx) : [];
  if (problems.length > 0) {
    log.addAll(problems);
    return null;
  }
  return reports;
}
