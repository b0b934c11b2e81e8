import type { CouncilsDatabase } from '../src/database';
import { z } from 'zod';
import { duplicateKeys, type CsvRecord } from '../../kit/ingest/csv';
import {
  booleanWord,
  enumValues,
  list,
  oneOf,
  optionalDecimal,
  optionalGssCode,
  optionalInteger,
  optionalIsoDate,
  optionalOneOf,
  optionalText,
  text,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { Problem } from '../../kit/ingest/problems';
import { syncRecords } from '../../kit/ingest/sync';
import { Nation, Region } from '../../kit/types/geography.enums';
import {
  CouncilKind,
  isCouncilKind,
  REGISTER_AUTHORITY_TYPES,
  REGISTER_POPULATION_YEAR,
  STRATEGIC_AUTHORITY_TYPES,
} from '../../kit/types/council-kind.enum';
import { CouncilTier } from '../src/council/council.enums';
import type { CouncilTable } from '../src/council/council.table';
import { registerSource } from '../src/sources';

/** Register rows of these types are strategic authorities, loaded from combined_authorities.csv. */

const rowSchema = z.object({
  'local-authority-code': text(),
  'official-name': text(),
  'nice-name': text(),
  'gss-code': optionalGssCode(),
  'start-date': optionalIsoDate(),
  'end-date': optionalIsoDate(),
  'replaced-by': list(','),
  nation: oneOf(enumValues(Nation)),
  region: optionalOneOf(enumValues(Region)),
  'local-authority-type': oneOf(REGISTER_AUTHORITY_TYPES),
  'local-authority-type-name': text(),
  'county-la': optionalText(),
  'combined-authority': optionalText(),
  'former-gss-codes': list(','),
  'current-authority': booleanWord(),
  area: optionalDecimal(),
  'pop-2020': optionalInteger(),
  lat: optionalDecimal(),
  long: optionalDecimal(),
  powers: oneOf([...enumValues(CouncilTier), 'combined'] as const),
  'gov-uk-slug': optionalText(),
});
type RegisterRow = z.output<typeof rowSchema>;

const isStrategic = (row: RegisterRow) =>
  (STRATEGIC_AUTHORITY_TYPES as readonly string[]).includes(row['local-authority-type']);

/** A council's row (not a strategic authority's), with a council's kind and powers. */
type CouncilRegisterRow = RegisterRow & {
  'local-authority-type': CouncilKind;
  powers: CouncilTier;
};
const COUNCIL_TIERS = new Set<string>(enumValues(CouncilTier));
const isCouncilRow = (row: RegisterRow): row is CouncilRegisterRow =>
  isCouncilKind(row['local-authority-type']) && COUNCIL_TIERS.has(row.powers);

/** ONS GSS code, or the register code for the NI districts abolished in 2015, which had none. */
export const councilId = (row: RegisterRow) => row['gss-code'] ?? row['local-authority-code'];

function checkReferences(file: string, records: CsvRecord<RegisterRow>[]): Problem[] {
  const councils = new Set(
    records.filter((r) => !isStrategic(r.row)).map((r) => r.row['local-authority-code']),
  );
  const strategic = new Set(
    records.filter((r) => isStrategic(r.row)).map((r) => r.row['local-authority-code']),
  );
  const problems: Problem[] = [];
  for (const { line, row } of records) {
    const county = row['county-la'];
    if (county && !councils.has(county)) {
      problems.push({
        file,
        line,
        column: 'county-la',
        reason: `"${county}" is not a council code in this file`,
      });
    }
    const authority = row['combined-authority'];
    if (authority && !strategic.has(authority)) {
      problems.push({
        file,
        line,
        column: 'combined-authority',
        reason: `"${authority}" is not a combined or strategic authority in this file`,
      });
    }
    for (const successor of row['replaced-by']) {
      if (!councils.has(successor)) {
        problems.push({
          file,
          line,
          column: 'replaced-by',
          reason: `"${successor}" is not a council code in this file`,
        });
      }
    }
    if (!isStrategic(row) && row.powers === 'combined') {
      problems.push({
        file,
        line,
        column: 'powers',
        reason: '"combined" powers on a council that is not a combined authority',
      });
    }
  }
  return problems;
}

function toCouncilRow(row: CouncilRegisterRow): Omit<CouncilTable, 'loaded_by_run' | 'valid_from'> {
  const hasLocation = row.lat !== null && row.long !== null;
  return {
    id: councilId(row),
    code: row['local-authority-code'],
    gss_code: row['gss-code'],
    name: row['nice-name'],
    official_name: row['official-name'],
    kind: row['local-authority-type'],
    kind_name: row['local-authority-type-name'],
    tier: row.powers,
    nation: row.nation,
    region: row.region,
    county_code: row['county-la'],
    strategic_authority_code: row['combined-authority'],
    population: row['pop-2020'],
    population_year: row['pop-2020'] === null ? null : REGISTER_POPULATION_YEAR,
    area_km2: row.area,
    active: row['current-authority'],
    start_date: row['start-date'],
    end_date: row['end-date'],
    replaced_by_codes: row['replaced-by'],
    former_gss_codes: row['former-gss-codes'],
    latitude: hasLocation ? row.lat : null,
    longitude: hasLocation ? row.long : null,
    gov_uk_slug: row['gov-uk-slug'],
    source_id: registerSource.id,
  };
}

/** mySociety's register of current and former UK local authorities → `councils.council`. */
export const registerImporter: DatasetImporter<CouncilsDatabase, z.output<typeof rowSchema>> = {
  source: registerSource,
  rowSchema,
  check: async (_db, records, file) => [
    ...duplicateKeys(file, records, 'local-authority-code', (row) => row['local-authority-code']),
    ...duplicateKeys(file, records, 'gss-code', (row) => row['gss-code']),
    ...checkReferences(file, records),
  ],
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'council',
      key: ['id'],
      // The checks have refused a council with a strategic authority's powers.
      rows: records
        .map((r) => r.row)
        .filter(isCouncilRow)
        .map(toCouncilRow),
      runId: run.id,
      now: run.startedAt,
    }),
};
