import type { AssetsDatabase } from '../src/database';
import { z } from 'zod';
import { duplicateKeys } from '../../kit/ingest/csv';
import {
  isCouncilKind,
  REGISTER_AUTHORITY_TYPES,
  REGISTER_POPULATION_YEAR,
} from '../../kit/types/council-kind.enum';
import {
  booleanWord,
  enumValues,
  oneOf,
  optionalInteger,
  optionalGssCode,
  optionalIsoDate,
  optionalOneOf,
  optionalText,
  text,
} from '../../kit/ingest/cells';
import { Nation, Region } from '../../kit/types/geography.enums';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { Problem } from '../../kit/ingest/problems';
import { syncRecords } from '../../kit/ingest/sync';
import { listingAuthoritiesSource } from '../src/sources';

const rowSchema = z.object({
  'local-authority-code': text(),
  'official-name': text(),
  'gss-code': optionalGssCode(),
  'end-date': optionalIsoDate(),
  'replaced-by': optionalText(),
  nation: oneOf(enumValues(Nation)),
  region: optionalOneOf(enumValues(Region)),
  'local-authority-type': oneOf(REGISTER_AUTHORITY_TYPES),
  'combined-authority': optionalText(),
  'current-authority': booleanWord(),
  'lower-or-unitary': booleanWord(),
  'pop-2020': optionalInteger(),
});
type Row = z.output<typeof rowSchema>;

/** Follows `replaced-by` to the authority that exists today; null on a loop or a dead end. */
function currentOf(code: string, byCode: Map<string, Row>): Row | null {
  const seen = new Set<string>();
  let row = byCode.get(code);
  while (row && row['replaced-by']) {
    if (seen.has(row['local-authority-code'])) return null;
    seen.add(row['local-authority-code']);
    // mySociety separates several successors with commas: the area was split, so no one
    // successor holds the whole list; the first is taken and the succession note says so.
    row = byCode.get(row['replaced-by'].split(',')[0].trim());
  }
  return row ?? null;
}

/** `uk_local_authorities.csv` → `assets.listing_authority`, with each one's current successor. */
export const listingAuthoritiesImporter: DatasetImporter<
  AssetsDatabase,
  z.output<typeof rowSchema>
> = {
  source: listingAuthoritiesSource,
  rowSchema,
  check: async (_db, records, file) => {
    const problems: Problem[] = [
      ...duplicateKeys(file, records, 'local-authority-code', (row) => row['local-authority-code']),
      ...duplicateKeys(file, records, 'gss-code', (row) => row['gss-code']),
    ];
    const byCode = new Map(records.map(({ row }) => [row['local-authority-code'], row]));
    for (const { line, row } of records) {
      if (row['replaced-by'] && !currentOf(row['local-authority-code'], byCode))
        problems.push({
          file,
          line,
          column: 'replaced-by',
          reason: `"${row['replaced-by']}" does not lead to an authority in the file`,
        });
    }
    return problems;
  },
  write: (trx, records, run) => {
    const byCode = new Map(records.map(({ row }) => [row['local-authority-code'], row]));
    return syncRecords(trx, {
      table: 'listing_authority',
      key: ['code'],
      rows: records.map(({ row }) => {
        const current = currentOf(row['local-authority-code'], byCode)!;
        return {
          code: row['local-authority-code'],
          gss_code: row['gss-code'],
          official_name: row['official-name'],
          nation: row.nation,
          region: row.region,
          ended_on: row['end-date'],
          successor_code: row['replaced-by'],
          current_code: current['local-authority-code'],
          current_gss_code: current['gss-code'],
          current_name: current['official-name'],
          kind: isCouncilKind(row['local-authority-type']) ? row['local-authority-type'] : null,
          strategic_authority_id: row['combined-authority'],
          current: row['current-authority'],
          lower_or_unitary: row['lower-or-unitary'],
          population: row['pop-2020'],
          population_year: row['pop-2020'] === null ? null : REGISTER_POPULATION_YEAR,
          source_id: listingAuthoritiesSource.id,
        };
      }),
      runId: run.id,
      now: run.startedAt,
    });
  },
};
