import type { CouncilsDatabase } from '../src/database';
import { z } from 'zod';
import { duplicateKeys } from '../../kit/ingest/csv';
import {
  booleanWord,
  enumValues,
  optionalIsoDate,
  optionalOneOf,
  optionalText,
  optionalWebAddress,
  text,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import { DevolutionLevel } from '../src/devolution/devolution.enums';
import { councilsDevolutionSource as devolutionSource } from '../src/sources';

const rowSchema = z.object({
  ca_code: text(),
  official_name: text(),
  mayoral: booleanWord(),
  mayor_since: optionalIsoDate(),
  mayor_since_basis: optionalOneOf(['first election', 'took office'] as const),
  devolution_level: optionalOneOf(enumValues(DevolutionLevel)),
  mayoral_source_url: optionalWebAddress(),
  level_source_url: optionalWebAddress(),
  notes: optionalText(),
});

/**
 * `strategic_authority_devolution.csv` → `councils.strategic_authority_devolution`. Every row
 * names an authority of `combined_authorities.csv` by code and name, a mayor's first day only
 * with a mayor, and each fact with the page it was read on.
 */
export const devolutionImporter: DatasetImporter<CouncilsDatabase, z.output<typeof rowSchema>> = {
  source: devolutionSource,
  rowSchema,
  check: async (db, records, file) => {
    const problems = duplicateKeys(file, records, 'ca_code', (row) => row.ca_code);
    const names = new Map(
      (await db.selectFrom('strategic_authority').select(['id', 'name']).execute()).map((a) => [
        a.id,
        a.name,
      ]),
    );
    for (const { line, row } of records) {
      const name = names.get(row.ca_code);
      if (name === undefined)
        problems.push({
          file,
          line,
          column: 'ca_code',
          reason: `"${row.ca_code}" is not a strategic authority in combined_authorities.csv`,
        });
      else if (name !== row.official_name)
        problems.push({
          file,
          line,
          column: 'official_name',
          reason: `"${row.official_name}" is not the name combined_authorities.csv gives ${row.ca_code} ("${name}")`,
        });
      if (row.mayor_since !== null && !row.mayoral)
        problems.push({
          file,
          line,
          column: 'mayor_since',
          reason: 'given for an authority with no mayor',
        });
      if (row.mayoral && row.mayoral_source_url === null)
        problems.push({
          file,
          line,
          column: 'mayoral_source_url',
          reason: 'a mayor needs the page it was read on',
        });
      if (row.devolution_level !== null && row.level_source_url === null)
        problems.push({
          file,
          line,
          column: 'level_source_url',
          reason: 'a tier needs the page it was read on',
        });
    }
    return problems;
  },
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'strategic_authority_devolution',
      key: ['id'],
      rows: records.map(({ row }) => ({
        id: row.ca_code,
        mayoral: row.mayoral,
        mayor_since: row.mayor_since,
        mayor_since_basis: row.mayor_since_basis,
        level: row.devolution_level,
        mayoral_source_url: row.mayoral_source_url,
        level_source_url: row.level_source_url,
        notes: row.notes,
        source_id: devolutionSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
