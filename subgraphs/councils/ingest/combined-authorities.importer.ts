import { z } from 'zod';
import type { Kysely } from 'kysely';
import { duplicateKeys, type CsvRecord } from '../../kit/ingest/csv';
import {
  enumValues,
  list,
  oneOf,
  optionalGssCode,
  optionalIsoDate,
  optionalOneOf,
  optionalText,
  positiveInteger,
  text,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { Problem } from '../../kit/ingest/problems';
import { syncRecords } from '../../kit/ingest/sync';
import { Region } from '../../kit/types/geography.enums';
import type { CouncilsDatabase } from '../src/database';
import { StrategicAuthorityKind } from '../src/strategic-authority/strategic-authority.enums';
import { combinedAuthoritiesSource } from '../src/sources';

const rowSchema = z.object({
  ca_code: text(),
  official_name: text(),
  gss_code: optionalGssCode(),
  type: oneOf(enumValues(StrategicAuthorityKind)),
  start_date: optionalIsoDate(),
  region: optionalOneOf(enumValues(Region)),
  member_count_in_source: positiveInteger(),
  member_codes: list(';'),
  member_names: list(';'),
  notes: optionalText(),
});
type AuthorityRow = z.output<typeof rowSchema>;

/**
 * Members must be councils already loaded from the register, and the register must agree that
 * they belong to this authority: the two files are checked against each other.
 */
async function checkMembers(
  db: Kysely<CouncilsDatabase>,
  records: CsvRecord<AuthorityRow>[],
  file: string,
): Promise<Problem[]> {
  const codes = [...new Set(records.flatMap((r) => r.row.member_codes))];
  const councils = codes.length
    ? await db
        .selectFrom('council')
        .select(['code', 'strategic_authority_code'])
        .where('code', 'in', codes)
        .execute()
    : [];
  const authorityOf = new Map(councils.map((c) => [c.code, c.strategic_authority_code]));
  const problems: Problem[] = [];
  for (const { line, row } of records) {
    if (row.member_codes.length !== row.member_count_in_source) {
      problems.push({
        file,
        line,
        column: 'member_count_in_source',
        reason: `says ${row.member_count_in_source} but member_codes lists ${row.member_codes.length}`,
      });
    }
    for (const code of row.member_codes) {
      if (!authorityOf.has(code)) {
        problems.push({
          file,
          line,
          column: 'member_codes',
          reason: `"${code}" is not a council in the register (load uk_local_authorities.csv first)`,
        });
      } else if (authorityOf.get(code) !== row.ca_code) {
        problems.push({
          file,
          line,
          column: 'member_codes',
          reason: `the register puts "${code}" in "${authorityOf.get(code) ?? 'no authority'}", not "${row.ca_code}"`,
        });
      }
    }
  }
  return problems;
}

/** Combined authorities and the GLA → `councils.strategic_authority`. */
export const combinedAuthoritiesImporter: DatasetImporter<
  CouncilsDatabase,
  z.output<typeof rowSchema>
> = {
  source: combinedAuthoritiesSource,
  rowSchema,
  check: async (db, records, file) => [
    ...duplicateKeys(file, records, 'ca_code', (row) => row.ca_code),
    ...duplicateKeys(file, records, 'gss_code', (row) => row.gss_code),
    ...(await checkMembers(db, records, file)),
  ],
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'strategic_authority',
      key: ['id'],
      rows: records.map(({ row }) => ({
        id: row.ca_code,
        gss_code: row.gss_code,
        name: row.official_name,
        kind: row.type,
        region: row.region,
        start_date: row.start_date,
        member_codes_in_source: row.member_codes,
        notes: row.notes,
        source_id: combinedAuthoritiesSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
