import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { integer, isoDate, optionalText, text } from '../../subgraphs/kit/ingest/cells';
import { duplicateKeys, type CsvRecord } from '../../subgraphs/kit/ingest/csv';
import type { DatasetImporter } from '../../subgraphs/kit/ingest/importer';
import { ProblemLog, type Problem } from '../../subgraphs/kit/ingest/problems';
import { validateFile } from '../../subgraphs/kit/ingest/validate';

const schema = z.object({ id: text(), count: integer(), day: isoDate(), note: optionalText() });
type Row = z.output<typeof schema>;

const dir = mkdtempSync(path.join(os.tmpdir(), 'csv-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Reads `content` as a file the way every import does (`validateFile`: streamed, strict UTF-8,
 * csv-parse, each cell against the row schema), with an importer whose write only keeps the rows
 * it is given.
 */
async function read(
  content: string,
  requiredColumns: string[] = ['id', 'count', 'day'],
): Promise<{ records: CsvRecord<Row>[]; problems: Problem[] }> {
  const filePath = path.join(dir, 'f.csv');
  writeFileSync(filePath, content);
  let records: CsvRecord<Row>[] = [];
  const importer: DatasetImporter<unknown, Row> = {
    source: {
      id: 'S-TEST',
      dataset: 'test',
      publisher: 'test',
      url: 'https://example.org',
      licence: 'CC0',
      licenceUrl: 'https://example.org',
      attribution: 'test',
      version: '1',
      fileName: 'f.csv',
      format: 'csv',
      importer: 'test/csv',
    },
    rowSchema: schema,
    requiredColumns,
    write: async (_trx, rows) => {
      records = rows;
      return { inserted: rows.length, updated: 0, removed: 0, unchanged: 0 };
    },
  };
  const log = new ProblemLog(1000);
  const input = await validateFile({ importer, filePath }, log, {
    maxFileBytes: 1024 * 1024,
    maxProblems: 1000,
  });
  // The importer's write reads no database: hand it none.
  await input.write(undefined as never, { id: 0, startedAt: new Date() });
  return { records, problems: log.total ? log.error().problems : [] };
}

describe('reading CSV files', () => {
  it('reports every bad cell with its line and column, counting quoted line breaks', async () => {
    const csv =
      'id,count,day,note\na,1,2024-01-31,"two\nlines"\n,x,2024-02-30,\nc,3,2024-03-01,ok\n';
    const { records, problems } = await read(csv);
    expect(problems).toEqual([
      { file: 'f.csv', line: 4, column: 'id', reason: 'must not be empty (got "")' },
      { file: 'f.csv', line: 4, column: 'count', reason: 'must be a whole number (got "x")' },
      {
        file: 'f.csv',
        line: 4,
        column: 'day',
        reason: 'is not a real calendar date (got "2024-02-30")',
      },
    ]);
    // A file with a problem is not written: its rows are dropped.
    expect(records).toEqual([]);
  });

  it('keeps every row, with the line it starts on, when the file is clean', async () => {
    const csv = 'id,count,day,note\na,1,2024-01-31,"two\nlines"\nc,3,2024-03-01,ok\n';
    const { records } = await read(csv);
    expect(records.map((r) => [r.line, r.row.id])).toEqual([
      [2, 'a'],
      [4, 'c'],
    ]);
  });

  it('turns empty optional cells into null', async () => {
    const { records } = await read('id,count,day,note\na,1,2024-01-31,\n', []);
    expect(records[0].row.note).toBeNull();
  });

  it('names missing columns and unparseable CSV', async () => {
    expect((await read('id,day\na,2024-01-01\n')).problems).toEqual([
      {
        file: 'f.csv',
        line: 1,
        column: 'count',
        reason: 'required column is missing from the header',
      },
    ]);
    const broken = await read('id,count,day\na,1\n', ['id']);
    expect(broken.problems[0]).toMatchObject({
      file: 'f.csv',
      line: 2,
      reason: expect.stringContaining('not valid CSV'),
    });
  });

  it('finds duplicate keys, pointing at the first occurrence', () => {
    const records = [
      { line: 2, row: { id: 'a' } },
      { line: 3, row: { id: 'b' } },
      { line: 4, row: { id: 'a' } },
    ];
    expect(duplicateKeys('f.csv', records, 'id', (row) => row.id)).toEqual([
      { file: 'f.csv', line: 4, column: 'id', reason: 'duplicate value "a" (first on line 2)' },
    ]);
  });
});

describe('CSV line endings', () => {
  it('reads CRLF, LF and lone CR mixed in one file row by row, with the right lines', async () => {
    const csv =
      '\uFEFFid,count,day,note\r\na,1,2024-01-31,"two\r\nlines"\nb,2,2024-02-01,\rc,3,2024-03-01,x\r\n';
    const { records, problems } = await read(csv, ['id']);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.line, r.row.id, r.row.note])).toEqual([
      [2, 'a', 'two\nlines'],
      [4, 'b', null],
      [5, 'c', 'x'],
    ]);
  });

  it('reports a record of the wrong length at its line and goes on with the rest', async () => {
    const csv =
      'id,count,day,note\r\na,1,2024-01-31,x\nb,2,2024-02-01,y,extra\r\n\r\nc,x,2024-03-01,z\n';
    const { problems } = await read(csv, ['id']);
    expect(problems).toEqual([
      {
        file: 'f.csv',
        line: 3,
        reason: 'not valid CSV: the record has 5 field(s) where the header has 4',
      },
      { file: 'f.csv', line: 5, column: 'count', reason: 'must be a whole number (got "x")' },
    ]);
  });
});
