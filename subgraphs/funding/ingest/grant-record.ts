import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { duplicateKeys, type CsvRecord, type CsvResult } from '../../kit/ingest/csv';
import type { DatasetImporter, IngestRun } from '../../kit/ingest/importer';
import type { LoadedColumns } from '../../kit/ingest/tables';
import type { Problem } from '../../kit/ingest/problems';
import { syncRecords, type SyncCounts } from '../../kit/ingest/sync';
import type { SourceDescriptor } from '../../kit/types/source';
import type { FundingDatabase } from '../src/database';
import type { GrantTable } from '../src/grant/grant.table';
import { financialYearOf } from './financial-year';
import { unknownFundingReferences } from './references';

/**
 * One grant as every grants file becomes before it is written: the fields of the 360Giving data
 * standard, plus what the compiled files add (round, how the council was mapped, citations). A
 * 360Giving file and the Community Ownership Fund file both map their columns to this.
 */
export type GrantRecord = Omit<
  GrantTable,
  'financial_year' | 'programme_id' | keyof LoadedColumns
> & {
  /** A programme id of funding_programmes.csv, or the file's own programme code. */
  programme_code: string | null;
};

type Db = Kysely<FundingDatabase>;

/**
 * What every grants file is checked for as a whole: each identifier once, not already loaded
 * from another file (identifiers are global in 360Giving), and a beneficiary council we know.
 */
export async function checkGrants(
  db: Db,
  source: SourceDescriptor,
  records: CsvRecord<GrantRecord>[],
  file: string,
  columns: { id: string; council: string },
): Promise<Problem[]> {
  const problems = duplicateKeys(file, records, columns.id, (row) => row.id);
  const firstLine = new Map<string, number>();
  for (const { line, row } of records) if (!firstLine.has(row.id)) firstLine.set(row.id, line);
  const elsewhere = await db
    .selectFrom('grant_award')
    .select(['id', 'source_id'])
    .where('id', 'in', [...firstLine.keys()])
    .where('source_id', '!=', source.id)
    .execute();
  for (const { id, source_id } of elsewhere)
    problems.push({
      file,
      line: firstLine.get(id)!,
      column: columns.id,
      reason: `identifier "${id}" is already loaded from another file (${source_id})`,
    });
  problems.push(
    ...(await unknownFundingReferences(
      db,
      records,
      file,
      columns.council,
      'council',
      (row) => row.council_id,
    )),
  );
  return problems;
}

/**
 * Makes the grants of one file exactly `records` (other files' grants are untouched), keeping
 * history. A programme code that names a loaded programme links the grant to it.
 */
export async function writeGrants(
  trx: Db,
  source: SourceDescriptor,
  records: GrantRecord[],
  run: IngestRun,
): Promise<SyncCounts> {
  const codes = [...new Set(records.map((r) => r.programme_code).filter((c) => c !== null))];
  const programmes = new Set(
    codes.length
      ? (await trx.selectFrom('programme').select('id').where('id', 'in', codes).execute()).map(
          (p) => p.id,
        )
      : [],
  );
  return syncRecords(trx, {
    table: 'grant_award',
    key: ['id'],
    scope: { source_id: source.id },
    rows: records.map(({ programme_code, ...grant }) => ({
      ...grant,
      financial_year: grant.award_date === null ? null : financialYearOf(grant.award_date),
      programme_id:
        programme_code !== null && programmes.has(programme_code) ? programme_code : null,
      source_id: source.id,
    })),
    runId: run.id,
    now: run.startedAt,
  });
}

/**
 * An importer for one grants file: its own columns and reader, mapped to `GrantRecord` by
 * `rowSchema`; the checks and the write are the same for every grants file.
 */
export function grantsFileImporter(
  source: SourceDescriptor,
  options: {
    rowSchema: z.ZodType<GrantRecord, z.ZodTypeDef, unknown>;
    /** Default: the keys of the object under `rowSchema`. */
    requiredColumns?: string[];
    /** The file's columns holding the identifier and the beneficiary council, for problems. */
    columns: { id: string; council: string };
    parse?: (file: string, content: string) => CsvResult<GrantRecord>;
  },
): DatasetImporter<FundingDatabase, GrantRecord> {
  return {
    source,
    ...(options.requiredColumns ? { requiredColumns: options.requiredColumns } : {}),
    rowSchema: options.rowSchema,
    ...(options.parse ? { parse: options.parse } : {}),
    check: (db, records, file) => checkGrants(db, source, records, file, options.columns),
    write: (trx, records, run) =>
      writeGrants(
        trx,
        source,
        records.map(({ row }) => row),
        run,
      ),
  };
}
