import type { Kysely } from 'kysely';
import type { CsvRecord } from '../../kit/ingest/csv';
import type { Problem } from '../../kit/ingest/problems';
import type { NeighbourhoodBoardsDatabase } from '../src/database';
import { organisationsSource, placesSource } from '../src/sources';

type Db = Kysely<NeighbourhoodBoardsDatabase>;

/** Which of `ids` exist in `table` (loaded by an earlier loader). One statement. */
async function existingIds(
  db: Db,
  table: 'board' | 'organisation',
  ids: (string | null)[],
): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('id').where('id', 'in', wanted).execute();
  return new Set(rows.map((row) => row.id));
}

/**
 * Boards must come from the places file and organisations from the organisations file, both
 * loaded before the files that point at them. One problem per unknown reference.
 */
export async function unknownReferences<
  Row extends { board_id: string; organisation_id: string | null },
>(db: Db, records: CsvRecord<Row>[], file: string): Promise<Problem[]> {
  const boards = await existingIds(
    db,
    'board',
    records.map(({ row }) => row.board_id),
  );
  const organisations = await existingIds(
    db,
    'organisation',
    records.map(({ row }) => row.organisation_id),
  );
  return records.flatMap(({ line, row }) => [
    ...(boards.has(row.board_id)
      ? []
      : [
          {
            file,
            line,
            column: 'board_id',
            reason: `"${row.board_id}" is not a board (a place_id of ${placesSource.fileName})`,
          },
        ]),
    ...(row.organisation_id === null || organisations.has(row.organisation_id)
      ? []
      : [
          {
            file,
            line,
            column: 'organisation_id',
            reason: `"${row.organisation_id}" is not in ${organisationsSource.fileName}`,
          },
        ]),
  ]);
}
