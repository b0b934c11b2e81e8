import type { Kysely } from 'kysely';
import { z } from 'zod';
import { booleanWord, gssCode, optionalText, positiveInteger, text } from '../ingest/cells';
import { duplicateKeys, type CsvRecord } from '../ingest/csv';
import type { DatasetImporter } from '../ingest/importer';
import type { Problem } from '../ingest/problems';
import { syncRecords } from '../ingest/sync';
import { decileOf, IMD_2025_DISTRICTS } from '../types/deprivation';
import type { SourceDescriptor } from '../types/source';
import type { GroupFactsTables } from './group-facts.table';

const deprivationRow = z.object({
  lad24_code: gssCode(),
  imd_rank_of_average_score: positiveInteger().refine(
    (rank) => rank <= IMD_2025_DISTRICTS,
    `must be at most ${IMD_2025_DISTRICTS}, the districts the IMD 2025 ranks`,
  ),
});
type DeprivationRow = z.output<typeof deprivationRow>;

const devolutionRow = z.object({
  ca_code: text(),
  mayoral: booleanWord(),
  devolution_level: optionalText(),
});
type DevolutionRow = z.output<typeof devolutionRow>;

// The one step from the caller's schema to the tables it is known to have: Kysely cannot narrow
// a generic schema to one of its tables.
const factsOf = <DB extends GroupFactsTables>(db: Kysely<DB>) =>
  db as unknown as Kysely<GroupFactsTables>;

/**
 * `imd2025_england_la_summary.csv` → `<schema>.council_deprivation`: each district's IMD 2025
 * rank and decile, by the kit's `decileOf` as the councils subgraph computes it, so grouping by
 * decile in any subgraph agrees with `Council.deprivation.decile`. `references` checks each
 * district against the subgraph's own copy of the register.
 */
export function councilDeprivationImporter<DB extends GroupFactsTables>(
  source: SourceDescriptor,
  references: (
    db: Kysely<DB>,
    records: CsvRecord<DeprivationRow>[],
    file: string,
  ) => Promise<Problem[]>,
): DatasetImporter<DB, DeprivationRow> {
  return {
    source,
    rowSchema: deprivationRow,
    check: async (db, records, file) => [
      ...duplicateKeys(file, records, 'lad24_code', (row) => row.lad24_code),
      ...(await references(db, records, file)),
    ],
    write: (trx, records, run) =>
      syncRecords(factsOf(trx), {
        table: 'council_deprivation',
        key: ['council_id'],
        rows: records.map(({ row }) => ({
          council_id: row.lad24_code,
          imd_2025_rank: row.imd_rank_of_average_score,
          imd_2025_decile: decileOf(row.imd_rank_of_average_score, IMD_2025_DISTRICTS),
          source_id: source.id,
        })),
        runId: run.id,
        now: run.startedAt,
      }),
  };
}

/**
 * `strategic_authority_devolution.csv` → `<schema>.authority_devolution`: whether each authority
 * has a mayor, and its tier, for grouping by `MAYORAL`. The councils subgraph checks the file in
 * full (names, pages); a copy needs only the two facts.
 */
export function authorityDevolutionImporter<DB extends GroupFactsTables>(
  source: SourceDescriptor,
): DatasetImporter<DB, DevolutionRow> {
  return {
    source,
    rowSchema: devolutionRow,
    check: (_db, records, file) =>
      Promise.resolve(duplicateKeys(file, records, 'ca_code', (row) => row.ca_code)),
    write: (trx, records, run) =>
      syncRecords(factsOf(trx), {
        table: 'authority_devolution',
        key: ['id'],
        rows: records.map(({ row }) => ({
          id: row.ca_code,
          mayoral: row.mayoral,
          level: row.devolution_level,
          source_id: source.id,
        })),
        runId: run.id,
        now: run.startedAt,
      }),
  };
}
