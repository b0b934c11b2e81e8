import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { Problem } from './problems';

export interface CsvRecord<Row> {
  /** Line the record starts on (header = line 1). */
  line: number;
  row: Row;
}

export interface CsvResult<Row> {
  records: CsvRecord<Row>[];
  problems: Problem[];
}

/**
 * Parses a CSV file and validates every row against a zod schema keyed by column name. It never
 * stops at the first problem: the caller gets every bad cell, each with its line and column.
 */
export function parseCsv<Schema extends z.ZodTypeAny>(
  file: string,
  content: string,
  rowSchema: Schema,
  requiredColumns: string[],
): CsvResult<z.output<Schema>> {
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(content, {
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: false,
    });
  } catch (error) {
    const csvError = error as Error & { lines?: number };
    return {
      records: [],
      problems: [{ file, line: csvError.lines ?? 0, reason: `not valid CSV: ${csvError.message}` }],
    };
  }

  const header = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const present = new Set(parse(header, { bom: true })[0] ?? []);
  const missing = requiredColumns.filter((column) => !present.has(column));
  if (missing.length > 0) {
    return {
      records: [],
      problems: missing.map((column) => ({
        file,
        line: 1,
        column,
        reason: 'required column is missing from the header',
      })),
    };
  }
  if (parsed.length === 0) {
    return {
      records: [],
      problems: [{ file, line: 0, reason: 'the file has a header but no rows' }],
    };
  }

  let nextLine = 2;
  const raw = parsed.map(({ record, info }) => {
    // info.lines is the line the record ends on; a quoted cell may span lines.
    const line = nextLine;
    nextLine = info.lines + 1;
    return { line, record };
  });
  return validateRecords(file, raw, rowSchema);
}

/**
 * Validates records read from any format (a CSV row, a JSON object flattened to column names)
 * against a zod schema keyed by column name, collecting every bad cell with its line and column.
 */
export function validateRecords<Schema extends z.ZodTypeAny>(
  file: string,
  raw: { line: number; record: Record<string, unknown> }[],
  rowSchema: Schema,
): CsvResult<z.output<Schema>> {
  const records: CsvRecord<z.output<Schema>>[] = [];
  const problems: Problem[] = [];
  for (const { line, record } of raw) {
    const result = rowSchema.safeParse(record);
    if (result.success) {
      records.push({ line, row: result.data });
    } else {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '');
        const value = record[column];
        problems.push({
          file,
          line,
          column: column || undefined,
          reason: value === undefined ? issue.message : `${issue.message} (got "${value}")`,
        });
      }
    }
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
