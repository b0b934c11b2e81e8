import type { FundingDatabase } from '../src/database';
import { z } from 'zod';
import { decileOf, IMD_2025_DISTRICTS } from '../../kit/types/deprivation';
import { duplicateKeys } from '../../kit/ingest/csv';
import { gssCode, positiveInteger } from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import { imd2025FileSource } from '../src/sources';
import { unknownFundingReferences } from './references';

const rowSchema = z.object({
  lad24_code: gssCode(),
  imd_rank_of_average_score: positiveInteger().refine(
    (rank) => rank <= IMD_2025_DISTRICTS,
    `must be at most ${IMD_2025_DISTRICTS}, the districts the IMD 2025 ranks`,
  ),
});

/**
 * `imd2025_england_la_summary.csv` → `funding.council_deprivation`: each district's IMD 2025
 * rank and decile, computed with the kit's `decileOf` as the councils subgraph computes it, so
 * grouping by decile here agrees with `Council.deprivation.decile` there.
 */
export const councilDeprivationImporter: DatasetImporter<
  FundingDatabase,
  z.output<typeof rowSchema>
> = {
  source: imd2025FileSource,
  rowSchema,
  check: async (db, records, file) => [
    ...duplicateKeys(file, records, 'lad24_code', (row) => row.lad24_code),
    ...(await unknownFundingReferences(
      db,
      records,
      file,
      'lad24_code',
      'council',
      (r) => r.lad24_code,
    )),
  ],
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'council_deprivation',
      key: ['council_id'],
      rows: records.map(({ row }) => ({
        council_id: row.lad24_code,
        imd_2025_rank: row.imd_rank_of_average_score,
        imd_2025_decile: decileOf(row.imd_rank_of_average_score, IMD_2025_DISTRICTS),
        source_id: imd2025FileSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
