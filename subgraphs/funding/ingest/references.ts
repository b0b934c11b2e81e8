import type { Kysely } from 'kysely';
import type { CsvRecord } from '../../kit/ingest/csv';
import type { Problem } from '../../kit/ingest/problems';
import type { FundingDatabase } from '../src/database';

type Db = Kysely<FundingDatabase>;

const TARGETS = {
  programme: { table: 'programme', column: 'id', file: 'funding_programmes.csv' },
  council: { table: 'council_fact', column: 'council_id', file: 'uk_local_authorities.csv' },
  grant: { table: 'grant_award', column: 'id', file: 'a grants file' },
} as const;

/**
 * One problem per record whose `column` names a programme, council or grant that an earlier
 * loader of this load did not write. One statement per call.
 */
export async function unknownReferences<Row>(
  db: Db,
  records: CsvRecord<Row>[],
  file: string,
  column: string,
  target: keyof typeof TARGETS,
  valueOf: (row: Row) => string | null,
): Promise<Problem[]> {
  const { table, column: key, file: targetFile } = TARGETS[target];
  const wanted = [...new Set(records.map(({ row }) => valueOf(row)).filter((v) => v !== null))];
  if (wanted.length === 0) return [];
  const found = await db
    .selectFrom(table)
    .select(`${key} as id` as never)
    .where(key as never, 'in', wanted as never)
    .execute();
  const known = new Set(found.map((row) => (row as { id: string }).id));
  return records.flatMap(({ line, row }) => {
    const value = valueOf(row);
    return value === null || known.has(value)
      ? []
      : [{ file, line, column, reason: `"${value}" is not a ${target} in ${targetFile}` }];
  });
}

/** A problem for the whole file when the programme its rows belong to was not loaded. */
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
