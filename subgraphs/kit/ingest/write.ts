import { sql, type Kysely } from 'kysely';
import type { IngestReport, LoadOptions } from './loader';
import type { ProblemLog } from './problems';
import type { ValidatedFile } from './validate';

/* eslint-disable @typescript-eslint/no-explicit-any -- any subgraph's schema */

/**
 * Prepares a load's transaction: a big load may outrun the serving statement timeout, and
 * waiting for another load's lock should wait, not fail after 10 s, so a load has its own,
 * generous limits; loads with the same `lockKey` wait for each other.
 */
export async function beginLoad(trx: Kysely<any>, lockKey?: string): Promise<void> {
  await sql`set local statement_timeout = '15min'`.execute(trx);
  await sql`set local lock_timeout = '15min'`.execute(trx);
  if (lockKey) await sql`select pg_advisory_xact_lock(hashtext(${lockKey}))`.execute(trx);
}

/** The lock every writer of one schema's data takes (`beginLoad`), so loads wait for each other. */
export const ingestLockKey = (schema: string) => `ingest:${schema}`;

/** Writes one validated file and records its run in `ingest_run`. */
async function writeFile(trx: Kysely<any>, validated: ValidatedFile): Promise<IngestReport> {
  const started = performance.now();
  const { loader } = validated.step;
  const startedAt = new Date();
  const { id } = await trx
    .insertInto('ingest_run')
    .values({
      source_id: loader.source.id,
      file_name: validated.file,
      checksum_sha256: validated.checksum,
      rows_in_file: validated.records.length,
      started_at: startedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const counts = await loader.write(trx, validated.records, { id, startedAt });
  await trx
    .updateTable('ingest_run')
    .set({ ...counts, finished_at: new Date() })
    .where('id', '=', id)
    .execute();
  return {
    sourceId: loader.source.id,
    file: validated.file,
    checksum: validated.checksum,
    rows: validated.records.length,
    ...counts,
    runId: id as number,
    ms: validated.ms + Math.round(performance.now() - started),
  };
}

/**
 * The write phase of one subgraph, inside its transaction (after `beginLoad`): for each file in
 * load order its `check` (which may read what earlier files of this load wrote), then its
 * write; then `derive` and `integrity`. A file whose check fails is not written and the files
 * after it are not checked (their references may point at it); the problems go to `log` and the
 * result is null, so the caller rolls back. Files must have passed `validateFiles`.
 */
export async function writeFiles(
  trx: Kysely<any>,
  files: ValidatedFile[],
  log: ProblemLog,
  options: Pick<LoadOptions, 'derive' | 'integrity'> = {},
): Promise<IngestReport[] | null> {
  const reports: IngestReport[] = [];
  for (const [index, validated] of files.entries()) {
    const { loader } = validated.step;
    const problems = loader.check ? await loader.check(trx, validated.records, validated.file) : [];
    if (problems.length > 0) {
      log.addAll(problems);
      const unchecked = files.slice(index + 1).map((later) => later.file);
      if (unchecked.length > 0)
        log.note(
          `Not checked against the database, since they load after ${validated.file}: ${unchecked.join(', ')}.`,
        );
      return null;
    }
    reports.push(await writeFile(trx, validated));
  }
  if (options.derive) await options.derive(trx);
  const problems = options.integrity ? await options.integrity(trx) : [];
  if (problems.length > 0) {
    log.addAll(problems);
    return null;
  }
  return reports;
}
