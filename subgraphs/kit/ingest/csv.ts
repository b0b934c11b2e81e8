import type { Options } from 'csv-parse';
import type { z } from 'zod';
import type { Problem } from './problems';

export interface CsvRecord<Row> {
  /** Line the record starts on (header = line 1). */
  line: number;
  row: Row;
}

/** A zod schema that checks one record, keyed by column name, into a row. */
export type RowSchema<Row> = z.ZodType<Row, z.ZodTypeDef, unknown>;

export interface CsvResult<Row> {
  records: CsvRecord<Row>[];
  problems: Problem[];
}

/** Longest record accepted, in characters: an unclosed quote must not swallow a whole file. */
export const MAX_RECORD_CHARS = 1024 * 1024;

/**
 * csv-parse options for text whose line endings are already LF (`StrictUtf8Decoder`,
 * `normaliseLineEndings`): csv-parse detects only the first ending it meets, so a file mixing
 * CRLF and LF came back as one record of millions of columns. Records are read as arrays with a
 * relaxed column count so that a row of the wrong length is a problem with its line
 * (`CsvRowReader`), not an exception that ends the file. Without `info` (which copies an object
 * per record and tripled the time of a 50 MB file) and without `skip_empty_lines`: the reader
 * counts lines itself, which it can because every line ending is LF.
 */
export const CSV_OPTIONS = {
  relax_column_count: true,
  trim: false,
  record_delimiter: '\n',
  max_record_size: MAX_RECORD_CHARS,
} satisfies Options;

/** Drops a byte-order mark and turns CRLF and lone CR into LF (for text read whole). */
export const normaliseLineEndings = (text: string) =>
  text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Validates one record against a zod schema keyed by column name; reports every bad cell. */
function validateRecord<Row>(
  file: string,
  line: number,
  record: Record<string, unknown>,
  rowSchema: RowSchema<Row>,
  report: (problem: Problem) => void,
): { row: Row } | null {
  const result = rowSchema.safeParse(record);
  if (result.success) return { row: result.data };
  for (const issue of result.error.issues) {
    // The whole path for a nested value (a JSON record's `geometry.coordinates.0`).
    const column = issue.path.join('.');
    const value = issue.path.reduce<unknown>(
      (at, key) =>
        typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined,
      record,
    );
    const shown =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    report({
      file,
      line,
      column: column || undefined,
      reason: shown ? `${issue.message} (got "${String(value)}")` : issue.message,
    });
  }
  return null;
}

/** Line breaks inside a record's quoted cells: a record spans one line more per break. */
/** How many line feeds `text` holds. */
export function lineBreaks(text: string): number {
  let breaks = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks += 1;
  return breaks;
}

const lineBreaksIn = (fields: string[]): number =>
  fields.reduce((breaks, field) => breaks + lineBreaks(field), 0);

/**
 * Turns the records csv-parse reads, one at a time, into validated rows: the first is the
 * header (every required column must be in it), each later one must have as many fields and
 * pass `rowSchema`. Problems go to `report` as they are found. `limits` bounds the work on junk:
 * rows are kept only while `keepRows` says so (a rejected load writes nothing, so it need not
 * hold its rows), and cells are checked only while `checkCells` does (once the problem cap is
 * reached, checking a junk file's millions of cells would only count more of the same; such
 * rows are counted in `unchecked` instead).
 */
export class CsvRowReader<Row> {
  readonly records: CsvRecord<Row>[] = [];
  private header: string[] | null = null;
  private nextLine = 1;
  private stopped = false;
  /** Rows whose cells were not checked, and the line of the first. */
  readonly unchecked = { rows: 0, fromLine: 0 };
  private rows = 0;

  constructor(
    private readonly file: string,
    private readonly rowSchema: RowSchema<Row>,
    private readonly requiredColumns: readonly string[],
    private readonly report: (problem: Problem) => void,
    private readonly limits: { keepRows(): boolean; checkCells(): boolean } = {
      keepRows: () => true,
      checkCells: () => true,
    },
  ) {}

  /** The last line read so far. */
  get lineReached(): number {
    return this.nextLine - 1;
  }

  /** One record as csv-parse read it from LF-only text. */
  add(fields: string[]): void {
    const line = this.nextLine;
    this.nextLine += 1 + lineBreaksIn(fields);
    // A blank line (csv-parse gives one empty field) is skipped, as `skip_empty_lines` would.
    if (fields.length === 1 && fields[0] === '') return;
    if (this.stopped) return;
    if (this.header === null) {
      this.readHeader(fields);
      return;
    }
    this.rows += 1;
    if (fields.length !== this.header.length) {
      this.report({
        file: this.file,
        line,
        reason: `not valid CSV: the record has ${fields.length} field(s) where the header has ${this.header.length}`,
      });
      return;
    }
    if (!this.limits.checkCells()) {
      if (this.unchecked.rows === 0) this.unchecked.fromLine = line;
      this.unchecked.rows += 1;
      this.records.length = 0;
      return;
    }
    const record: Record<string, string> = {};
    this.header.forEach((column, index) => (record[column] = fields[index]));
    const valid = validateRecord(this.file, line, record, this.rowSchema, this.report);
    if (!this.limits.keepRows()) this.records.length = 0;
    else if (valid) this.records.push({ line, row: valid.row });
  }

  /** The parser gave up (an unclosed quote, a record over `MAX_RECORD_CHARS`). */
  fail(error: unknown): void {
    // csv-parse's errors say on which line it gave up.
    const line = error instanceof Error && 'lines' in error ? Number(error.lines) : 0;
    this.stopped = true;
    this.report({
      file: this.file,
      line: Number.isInteger(line) ? line : 0,
      reason: `not valid CSV: ${error instanceof Error ? error.message : String(error)}`,
    });
  }

  /** The file ended: a header alone, or nothing at all, is a problem. */
  finish(): void {
    if (this.stopped) return;
    if (this.header === null)
      this.report({ file: this.file, line: 0, reason: 'the file is empty (no header)' });
    else if (this.rows === 0)
      this.report({ file: this.file, line: 0, reason: 'the file has a header but no rows' });
  }

  private readHeader(fields: string[]): void {
    this.header = fields;
    const present = new Set(fields);
    const missing = this.requiredColumns.filter((column) => !present.has(column));
    for (const column of missing)
      this.report({
        file: this.file,
        line: 1,
        column,
        reason: 'required column is missing from the header',
      });
    this.stopped = missing.length > 0;
  }
}

/**
 * Validates records read from any format (a CSV row, a JSON object flattened to column names)
 * against a zod schema keyed by column name, collecting every bad cell with its line and column.
 */
export function validateRecords<Row>(
  file: string,
  raw: { line: number; record: Record<string, unknown> }[],
  rowSchema: RowSchema<Row>,
): CsvResult<Row> {
  const records: CsvRecord<Row>[] = [];
  const problems: Problem[] = [];
  for (const { line, record } of raw) {
    const valid = validateRecord(file, line, record, rowSchema, (p) => problems.push(p));
    if (valid) records.push({ line, row: valid.row });
  }
  return { records, problems };
}

/** Reports every key that occurs on more than one record. */
export function duplicateKeys<Row>(
  file: string,
  records: CsvRecord<Row>[],
  column: string,
  key: (row: Row) => string | null,
): Problem[] {
  const firstLine = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { line, row } of records) {
    const value = key(row);
    if (value === null) continue;
    const seen = firstLine.get(value);
    if (seen !== undefined) {
      problems.push({
        file,
        line,
        column,
        reason: `duplicate value "${value}" (first on line ${seen})`,
      });
    } else {
      firstLine.set(value, line);
    }
  }
  return problems;
}
