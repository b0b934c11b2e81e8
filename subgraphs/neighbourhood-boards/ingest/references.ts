import type { Kysely } from 'kysely';
import type { CsvRecord } from '../../kit/ingest/csv';
import type { Problem } from '../../kit/ingest/problems';
import { unknownReferences } from '../../kit/ingest/references';
import type { NeighbourhoodBoardsDatabase } from '../src/database';
import { compiledOrganisationsSource, organisationsSource, placesSource } from '../src/sources';

type Db = Kysely<NeighbourhoodBoardsDatabase>;

/** Which of `ids` exist in `table` (written by an earlier importer). One statement. */
const existingIds = async (db: Db, table: 'board' | 'organisation', ids: string[]) =>
  (await db.selectFrom(table).select('id').where('id', 'in', ids).execute()).map((row) => row.id);

/**
 * Boards must come from the places file and organisations from the organisations file, both
 * imported before the files that point at them. One problem per unknown reference.
 */
export async function unknownBoardReferences<
  Row extends { board_id: string; organisation_id: string | null },
>(db: Db, records: CsvRecord<Row>[], file: string): Promise<Problem[]> {
  const boards = await unknownReferences(file, records, {
    column: 'board_id',
    valueOf: (row) => row.board_id,
    existing: (ids) => existingIds(db, 'board', ids),
    reason: (value) => `"${value}" is not a board (a place_id of ${placesSource.fileName})`,
  });
  const organisations = await unknownReferences(file, records, {
    column: 'organisation_id',
    valueOf: (row) => row.organisation_id,
    existing: (ids) => existingIds(db, 'organisation', ids),
    reason: (value) => `"${value}" is not in ${organisationsSource.fileName}`,
  });
  // Per record, its board's problem before its organisation's, as the file reads.
  return [...boards, ...organisations].sort((a, b) => a.line - b.line);
}

/**
 * Organisations a compiled file names, which either organisations file may give (they are
 * imported first). One problem per unknown reference.
 */
export function unknownOrganisations<Row>(
  db: Db,
  records: CsvRecord<Row>[],
  file: string,
  column: string,
  valueOf: (row: Row) => string | null,
): Promise<Problem[]> {
  return unknownReferences(file, records, {
    column,
    valueOf,
    existing: (ids) => existingIds(db, 'organisation', ids),
    reason: (value) =>
      `"${value}" is not in ${organisationsSource.fileName} or ${compiledOrganisationsSource.fileName}`,
  });
}
