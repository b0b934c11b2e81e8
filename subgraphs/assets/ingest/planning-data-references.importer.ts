import type { AssetsDatabase } from '../src/database';
import { z } from 'zod';
import { duplicateKeys } from '../../kit/ingest/csv';
import { gssCode, integer, optionalText, text, webAddress } from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import { planningDataReferencesSource } from '../src/sources';

const rowSchema = z.object({
  entity: integer(),
  reference: text(),
  reference_base: text(),
  reference_note: optionalText(),
  dataset: z.literal('asset-of-community-value', {
    errorMap: () => ({ message: 'must be asset-of-community-value' }),
  }),
  local_authority_gss_code: gssCode(),
  planning_data_entity_url: webAddress(),
});

/**
 * `acv_planning_data_camden_register_entries.csv` → `assets.register_reference`: the entries
 * planning.data.gov.uk holds, by identifier only, kept so that a register loaded later (the
 * Camden file, or the planning data download) can be joined to them by entity or reference.
 */
export const planningDataReferencesImporter: DatasetImporter<
  AssetsDatabase,
  z.output<typeof rowSchema>
> = {
  source: planningDataReferencesSource,
  rowSchema,
  check: async (_db, records, file) =>
    duplicateKeys(file, records, 'entity', (row) => String(row.entity)),
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'register_reference',
      key: ['entity'],
      rows: records.map(({ row }) => ({
        entity: row.entity,
        reference: row.reference,
        reference_base: row.reference_base,
        reference_note: row.reference_note,
        council_id: row.local_authority_gss_code,
        url: row.planning_data_entity_url,
        source_id: planningDataReferencesSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
