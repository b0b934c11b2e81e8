import type { FundingDatabase } from '../src/database';
import { z } from 'zod';
import { duplicateKeys } from '../../kit/ingest/csv';
import {
  booleanWord,
  enumValues,
  oneOf,
  optionalGssCode,
  optionalInteger,
  optionalOneOf,
  optionalText,
  text,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import {
  isCouncilKind,
  REGISTER_AUTHORITY_TYPES,
  REGISTER_POPULATION_YEAR,
} from '../../kit/types/council-kind.enum';
import { Nation, Region } from '../../kit/types/geography.enums';
import { registerFileSource } from '../src/sources';

const rowSchema = z.object({
  'local-authority-code': text(),
  'official-name': text(),
  'gss-code': optionalGssCode(),
  nation: oneOf(enumValues(Nation)),
  region: optionalOneOf(enumValues(Region)),
  'local-authority-type': oneOf(REGISTER_AUTHORITY_TYPES),
  'current-authority': booleanWord(),
  'lower-or-unitary': booleanWord(),
  'pop-2020': optionalInteger(),
  'combined-authority': optionalText(),
});

/**
 * `uk_local_authorities.csv` → `funding.council_fact`: funding's own copy of the region and
 * population of each council (the same file the councils subgraph loads), to group totals by
 * region and divide by residents without reading another subgraph's tables. The id is the
 * council's key as the councils subgraph gives it: GSS code, else register code.
 */
export const councilFactsImporter: DatasetImporter<FundingDatabase, z.output<typeof rowSchema>> = {
  source: registerFileSource,
  rowSchema,
  check: async (_db, records, file) =>
    duplicateKeys(file, records, 'gss-code', (row) => row['gss-code']),
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'council_fact',
      key: ['council_id'],
      rows: records
        .flatMap(({ row }) => {
          // Combined and strategic authorities are not councils: no population of their own.
          const kind = row['local-authority-type'];
          return isCouncilKind(kind) ? [{ row, kind }] : [];
        })
        .map(({ row, kind }) => ({
          council_id: row['gss-code'] ?? row['local-authority-code'],
          code: row['local-authority-code'],
          name: row['official-name'],
          nation: row.nation,
          region: row.region,
          current: row['current-authority'],
          lower_or_unitary: row['lower-or-unitary'],
          population: row['pop-2020'],
          population_year: row['pop-2020'] === null ? null : REGISTER_POPULATION_YEAR,
          kind,
          strategic_authority_id: row['combined-authority'],
          source_id: registerFileSource.id,
        })),
      runId: run.id,
      now: run.startedAt,
    }),
};
