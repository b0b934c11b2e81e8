import type { NeighbourhoodBoardsDatabase } from '../src/database';
import { z } from 'zod';
import { duplicateKeys, type CsvRecord } from '../../kit/ingest/csv';
import {
  enumValues,
  gssCode,
  isoDate,
  list,
  oneOf,
  optionalOneOf,
  optionalText,
  positiveInteger,
  pounds,
  slug,
  text,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { Problem } from '../../kit/ingest/problems';
import { syncRecords } from '../../kit/ingest/sync';
import { Nation, Region } from '../../kit/types/geography.enums';
import { BoardPhase } from '../src/board/board.enums';
import { citedDocument } from '../src/citations';
import { placesSource } from '../src/sources';
import { readVerification } from './verification';

const rowSchema = z.object({
  place_id: slug(),
  place_name: text(),
  phase: oneOf(enumValues(BoardPhase)),
  programme: list('->').refine((steps) => steps.length > 0, 'must name the programme'),
  announced_date: isoDate(),
  local_authority_name: text(),
  local_authority_code: text(),
  la_official_name: text(),
  la_gss_code: gssCode(),
  nation: oneOf(enumValues(Nation)),
  region: optionalOneOf(enumValues(Region)),
  max_funding_gbp: pounds(),
  funding_period_years: positiveInteger().refine(
    (years) => years <= 100,
    'must be at most 100 years',
  ),
  verification: text().transform((label, context) => {
    const confidence = readVerification(label);
    if (!confidence) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message:
          'is not a verification label the places importer knows; add it to ingest/verification.ts with the confidence it gives',
      });
      return z.NEVER;
    }
    return { label, ...confidence };
  }),
  source_ids: list(';').refine((ids) => ids.length > 0, 'must cite at least one source'),
  notes: optionalText(),
});
type PlaceRow = z.output<typeof rowSchema>;

function unknownCitations(records: CsvRecord<PlaceRow>[], file: string): Problem[] {
  return records.flatMap(({ line, row }) =>
    row.source_ids
      .filter((id) => !citedDocument(id))
      .map((id) => ({
        file,
        line,
        column: 'source_ids',
        reason: `"${id}" is not a document in src/citations.ts`,
      })),
  );
}

/**
 * `pride_in_place_places.csv` → `neighbourhood_boards.board`, one board per place. The council
 * GSS code is checked for form only: councils are another subgraph's data, joined in the graph
 * (the real-data tests check that every board's council resolves).
 */
export const placesImporter: DatasetImporter<
  NeighbourhoodBoardsDatabase,
  z.output<typeof rowSchema>
> = {
  source: placesSource,
  rowSchema,
  check: async (_db, records, file) => [
    ...duplicateKeys(file, records, 'place_id', (row) => row.place_id),
    ...unknownCitations(records, file),
  ],
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'board',
      key: ['id'],
      rows: records.map(({ row }) => ({
        id: row.place_id,
        place_name: row.place_name,
        phase: row.phase,
        programme_history: row.programme,
        announced_on: row.announced_date,
        council_id: row.la_gss_code,
        council_code: row.local_authority_code,
        council_name_in_source: row.local_authority_name,
        council_official_name: row.la_official_name,
        nation: row.nation,
        region: row.region,
        funding_cap_gbp: row.max_funding_gbp,
        funding_period_years: row.funding_period_years,
        verification: row.verification.label,
        name_confidence: row.verification.name,
        council_confidence: row.verification.council,
        citation_ids: row.source_ids,
        notes: row.notes,
        source_id: placesSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
