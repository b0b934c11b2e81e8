import type { Kysely } from 'kysely';
import type { CsvRecord } from '../../kit/ingest/csv';
import type { Problem } from '../../kit/ingest/problems';
import { unknownReferences } from '../../kit/ingest/references';
import type { FundingDatabase } from '../src/database';

type Db = Kysely<FundingDatabase>;

/** What a funding file may point at, where it is looked up, and the file that writes it. */
const TARGETS = {
  programme: {
    file: 'funding_programmes.csv',
    existing: async (db: Db, ids: string[]) =>
      (await db.selectFrom('programme').select('id').where('id', 'in', ids).execute()).map(
        (row) => row.id,
      ),
  },
  council: {
    file: 'uk_local_authorities.csv',
    existing: async (db: Db, ids: string[]) =>
      (
        await db
          .selectFrom('council_fact')
          .select('council_id')
          .where('council_id', 'in', ids)
          .execute()
      ).map((row) => row.council_id),
  },
  grant: {
    file: 'a grants file',
    existing: async (db: Db, ids: string[]) =>
      (await db.selectFrom('grant_award').select('id').where('id', 'in', ids).execute()).map(
        (row) => row.id,
      ),
  },
} as const;

/**
 * One problem per record whose `column` names a programme, council or grant that an earlier
 * importer of this import did not write. One statement per call.
 */
export function unknownFundingReferences<Row>(
  db: Db,
  records: CsvRecord<Row>[],
  file: string,
  column: string,
  target: keyof typeof TARGETS,
  valueOf: (row: Row) => string | null,
): Promise<Problem[]> {
  const { file: targetFile, existing } = TARGETS[target];
  return unknownReferences(file, records, {
    column,
    valueOf,
    existing: (ids) => existing(db, ids),
    reason: (value) => `"${value}" is not a ${target} in ${targetFile}`,
  });
}

/** A problem for the whole file when the programme its rows belong to was not imported. */
export async function missingProgramme(db: Db, id: string, file: string): Promise<Problem[]> {
  const found = await db
    .selectFrom('programme')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return found
    ? []
    : [{ file, line: 0, reason: `its programme "${id}" is not in funding_programmes.csv` }];
}
