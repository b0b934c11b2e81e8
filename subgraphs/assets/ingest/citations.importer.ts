import type { AssetsDatabase } from '../src/database';
import { z } from 'zod';
import { duplicateKeys } from '../../kit/ingest/csv';
import { optionalText, text, webAddress } from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import { citationsSource } from '../src/sources';

const rowSchema = z.object({
  source_id: text(),
  title: text(),
  publisher: text(),
  url: webAddress(),
  licence: text(),
  note: optionalText(),
});

/** `acv_citations.csv` → `assets.citation`: the pages the compiled records rest on. */
export const citationsImporter: DatasetImporter<AssetsDatabase, z.output<typeof rowSchema>> = {
  source: citationsSource,
  rowSchema,
  check: async (_db, records, file) =>
    duplicateKeys(file, records, 'source_id', (row) => row.source_id),
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'citation',
      key: ['id'],
      rows: records.map(({ row }) => ({
        id: row.source_id,
        title: row.title,
        publisher: row.publisher,
        url: row.url,
        licence: row.licence,
        note: row.note,
        source_id: citationsSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
