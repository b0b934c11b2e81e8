import type { CsvRecord } from './csv';
import type { Problem } from './problems';

/** One column of a file that names rows another file wrote (a board, a programme, a council). */
export interface Reference<Row> {
  /** The column, as problems name it. */
  column: string;
  /** The value a record refers by, or null when it refers to nothing. */
  valueOf(row: Row): string | null;
  /** Which of `wanted` exist (one statement for all of them). */
  existing(wanted: string[]): Promise<Iterable<string>>;
  /** Why a value that does not exist is wrong, e.g. `"X" is not a board in places.csv`. */
  reason(value: string): string;
}

/**
 * One problem per record whose reference names nothing an earlier importer of this import wrote:
 * the distinct values are looked up in one statement, whatever the number of records.
 */
export async function unknownReferences<Row>(
  file: string,
  records: CsvRecord<Row>[],
  reference: Reference<Row>,
): Promise<Problem[]> {
  const values = records.map(({ row }) => reference.valueOf(row));
  const wanted = [...new Set(values.filter((value): value is string => value !== null))];
  if (wanted.length === 0) return [];
  const known = new Set(await reference.existing(wanted));
  return records.flatMap(({ line }, index) => {
    const value = values[index];
    return value === null || known.has(value)
      ? []
      : [{ file, line, column: reference.column, reason: reference.reason(value) }];
  });
}
