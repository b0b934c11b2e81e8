import type { FundingDatabase } from '../src/database';
import { z } from 'zod';
import { duplicateKeys } from '../../kit/ingest/csv';
import { list, optionalInteger, optionalPounds, optionalText, text } from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import { programmesSource } from '../src/sources';

/** Programme ids are upper-case words joined by hyphens (`PIPP-P1`, `COF`). */
export const programmeId = () =>
  z
    .string()
    .trim()
    .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'must be upper-case letters, digits and hyphens');

const rowSchema = z.object({
  programme_id: programmeId(),
  programme_name: text(),
  department: text(),
  scope: text(),
  places_count: optionalInteger(),
  max_per_place_gbp: optionalPounds(),
  period: optionalText(),
  total_budget_gbp: optionalPounds(),
  funding_type: optionalText(),
  key_dates: optionalText(),
  source_ids: list(';').refine((ids) => ids.length > 0, 'must cite at least one source'),
  notes: optionalText(),
});

/** `funding_programmes.csv` → `funding.programme`, one row per programme. */
export const programmesImporter: DatasetImporter<FundingDatabase, z.output<typeof rowSchema>> = {
  source: programmesSource,
  rowSchema,
  check: async (_db, records, file) =>
    duplicateKeys(file, records, 'programme_id', (row) => row.programme_id),
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'programme',
      key: ['id'],
      rows: records.map(({ row }) => ({
        id: row.programme_id,
        name: row.programme_name,
        department: row.department,
        scope: row.scope,
        places_expected: row.places_count,
        max_per_place_gbp: row.max_per_place_gbp,
        period: row.period,
        total_budget_gbp: row.total_budget_gbp,
        funding_type: row.funding_type,
        key_dates: row.key_dates,
        citation_ids: row.source_ids,
        notes: row.notes,
        source_id: programmesSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
