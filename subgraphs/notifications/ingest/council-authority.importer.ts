import { z } from 'zod';
import { duplicateKeys } from '../../kit/ingest/csv';
import { optionalGssCode, optionalText, text } from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import type { NotificationsDatabase } from '../src/database';
import { registerFileSource } from '../src/sources';

const rowSchema = z.object({
  'local-authority-code': text(),
  'gss-code': optionalGssCode(),
  'combined-authority': optionalText(),
});

/**
 * `uk_local_authorities.csv` → `notifications.council_authority`: this subgraph's own copy of
 * which strategic authority each council is in, so a filter by authority needs no read of the
 * councils subgraph's tables. The id is the council's key as the councils subgraph gives it.
 */
export const councilAuthorityImporter: DatasetImporter<
  NotificationsDatabase,
  z.output<typeof rowSchema>
> = {
  source: registerFileSource,
  rowSchema,
  check: async (_db, records, file) =>
    duplicateKeys(file, records, 'gss-code', (row) => row['gss-code']),
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'council_authority',
      key: ['council_id'],
      rows: records.map(({ row }) => ({
        council_id: row['gss-code'] ?? row['local-authority-code'],
        code: row['local-authority-code'],
        strategic_authority_id: row['combined-authority'],
        source_id: registerFileSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
