import type { Kysely } from 'kysely';
import { z } from 'zod';
import { decimal, optionalInteger, text } from '../ingest/cells';
import type { CsvRecord } from '../ingest/csv';
import { duplicateKeys } from '../ingest/csv';
import type { DatasetImporter, IngestTables } from '../ingest/importer';
import { syncRecords } from '../ingest/sync';
import type { SourceDescriptor } from '../types/source';
import type { PostcodeCentroidTable } from './centroid.table';
import { parsePostcode } from './postcode';

/** A schema that keeps postcode centroids. */
export interface CentroidTables extends IngestTables {
  postcode_centroid: PostcodeCentroidTable;
}

const latitude = () =>
  decimal().refine((value) => value >= 49 && value <= 61, 'must be a UK latitude (49 to 61)');
const longitude = () =>
  decimal().refine((value) => value >= -9 && value <= 2, 'must be a UK longitude (-9 to 2)');

const postcodeRow = z.object({
  postcode: text().refine((value) => parsePostcode(value)?.kind === 'postcode', {
    message: 'must be a full UK postcode (e.g. SW1A 1AA)',
  }),
  latitude: latitude(),
  longitude: longitude(),
});
const outcodeRow = z.object({
  outcode: text().refine((value) => parsePostcode(value)?.kind === 'outcode', {
    message: 'must be an outward code (e.g. SW1A)',
  }),
  latitude: latitude(),
  longitude: longitude(),
  postcode_count: optionalInteger(),
});

type PostcodeRow = z.output<typeof postcodeRow>;
type OutcodeRow = z.output<typeof outcodeRow>;

// Stored as `parsePostcode` writes it, so a lookup of any spelling finds it.
const canonical = (code: string) => {
  const parsed = parsePostcode(code);
  return parsed?.kind === 'postcode' ? parsed.postcode : (parsed?.outcode ?? code);
};

function writeCentroids<DB extends CentroidTables>(
  schema: Kysely<DB>,
  source: SourceDescriptor,
  rows: Omit<PostcodeCentroidTable, 'source_id' | 'loaded_by_run' | 'valid_from'>[],
  run: { id: number; startedAt: Date },
) {
  // The one step from the caller's schema to the table it is known to have (`CentroidTables`):
  // Kysely cannot narrow a generic schema to one of its tables.
  const trx = schema as unknown as Kysely<CentroidTables>;
  return syncRecords(trx, {
    table: 'postcode_centroid',
    key: ['code'],
    rows: rows.map((row) => ({ ...row, source_id: source.id })),
    scope: { source_id: source.id },
    runId: run.id,
    now: run.startedAt,
  });
}

/** A file of postcode centres (`postcode,latitude,longitude`) → `postcode_centroid`. */
export function postcodeCentroidImporter<DB extends CentroidTables>(
  source: SourceDescriptor,
): DatasetImporter<DB, PostcodeRow> {
  return {
    source,
    rowSchema: postcodeRow,
    check: (_db, records: CsvRecord<PostcodeRow>[], file) =>
      Promise.resolve(duplicateKeys(file, records, 'postcode', (row) => canonical(row.postcode))),
    write: (trx, records, run) =>
      writeCentroids(
        trx,
        source,
        records.map(({ row }) => ({
          code: canonical(row.postcode),
          kind: 'postcode' as const,
          latitude: row.latitude,
          longitude: row.longitude,
          postcode_count: null,
        })),
        run,
      ),
  };
}

/** A file of outward-code centres (`outcode,latitude,longitude,postcode_count`) → `postcode_centroid`. */
export function outcodeCentroidImporter<DB extends CentroidTables>(
  source: SourceDescriptor,
): DatasetImporter<DB, OutcodeRow> {
  return {
    source,
    rowSchema: outcodeRow,
    check: (_db, records: CsvRecord<OutcodeRow>[], file) =>
      Promise.resolve(duplicateKeys(file, records, 'outcode', (row) => canonical(row.outcode))),
    write: (trx, records, run) =>
      writeCentroids(
        trx,
        source,
        records.map(({ row }) => ({
          code: canonical(row.outcode),
          kind: 'outcode' as const,
          latitude: row.latitude,
          longitude: row.longitude,
          postcode_count: row.postcode_count,
        })),
        run,
      ),
  };
}
