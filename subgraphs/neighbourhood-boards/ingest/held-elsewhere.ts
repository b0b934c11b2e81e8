import type { Kysely } from 'kysely';
import { duplicateKeys, type CsvRecord } from '../../kit/ingest/csv';
import type { Problem } from '../../kit/ingest/problems';
import type { NeighbourhoodBoardsDatabase } from '../src/database';

/**
 * Two files may write one table (the contributed format and the compiled harvest), each owning
 * its own rows. An id another file already holds is a problem at its line, not a clash at write
 * time: the two files must agree which one describes it. One statement.
 */
export async function idsHeldElsewhere<Row>(
  db: Kysely<NeighbourhoodBoardsDatabase>,
  table: 'organisation' | 'membership',
  sourceId: string,
  records: CsvRecord<Row>[],
  file: string,
  column: string,
  idOf: (row: Row) => string,
): Promise<Problem[]> {
  const ids = records.map(({ row }) => idOf(row));
  if (ids.length === 0) return [];
  const held = new Map(
    (
      await db
        .selectFrom(table)
        .select(['id', 'source_id'])
        .where('id', 'in', ids)
        .where('source_id', '<>', sourceId)
        .execute()
    ).map((row) => [row.id, row.source_id]),
  );
  return records.flatMap(({ line }, index) => {
    const other = held.get(ids[index]);
    return other
      ? [{ file, line, column, reason: `"${ids[index]}" is already given by ${other}` }]
      : [];
  });
}

/** Ids unique in their file and not given by another file of the same table. */
export async function uniqueIds<Row>(
  db: Kysely<NeighbourhoodBoardsDatabase>,
  table: 'organisation' | 'membership',
  sourceId: string,
  records: CsvRecord<Row>[],
  file: string,
  column: string,
  idOf: (row: Row) => string,
): Promise<Problem[]> {
  return [
    ...duplicateKeys(file, records, column, idOf),
    ...(await idsHeldElsewhere(db, table, sourceId, records, file, column, idOf)),
  ];
}
