import { z } from 'zod';
import { integer, isoDate, optionalText, text } from '../../subgraphs/kit/ingest/cells';
import { duplicateKeys, parseCsv } from '../../subgraphs/kit/ingest/csv';

const schema = z.object({ id: text(), count: integer(), day: isoDate(), note: optionalText() });

describe('parseCsv', () => {
  it('reports every bad cell with its line and column, counting quoted line breaks', () => {
    const csv =
      'id,count,day,note\na,1,2024-01-31,"two\nlines"\n,x,2024-02-30,\nc,3,2024-03-01,ok\n';
    const { records, problems } = parseCsv('f.csv', csv, schema, ['id', 'count', 'day']);
    expect(records.map((r) => [r.line, r.row.id])).toEqual([
      [2, 'a'],
      [5, 'c'],
    ]);
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
  });

  it('turns empty optional cells into null', () => {
    const { records } = parseCsv('f.csv', 'id,count,day,note\na,1,2024-01-31,\n', schema, []);
    expect(records[0].row.note).toBeNull();
  });

  it('names missing columns and unparseable CSV', () => {
    expect(
      parseCsv('f.csv', 'id,day\na,2024-01-01\n', schema, ['id', 'count', 'day']).problems,
    ).toEqual([
      {
        file: 'f.csv',
        line: 1,
        column: 'count',
        reason: 'required column is missing from the header',
      },
    ]);
    const broken = parseCsv('f.csv', 'id,count,day\na,1\n', schema, ['id']);
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

describe('parseCsv line endings', () => {
  it('reads CRLF, LF and lone CR mixed in one file row by row, with the right lines', () => {
    const csv =
      '\uFEFFid,count,day,note\r\na,1,2024-01-31,"two\r\nlines"\nb,2,2024-02-01,\rc,3,2024-03-01,x\r\n';
    const { records, problems } = parseCsv('f.csv', csv, schema, ['id']);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.line, r.row.id, r.row.note])).toEqual([
      [2, 'a', 'two\nlines'],
      [4, 'b', null],
      [5, 'c', 'x'],
    ]);
  });

  it('reports a record of the wrong length at its line and goes on with the rest', () => {
    const csv =
      'id,count,day,note\r\na,1,2024-01-31,x\nb,2,2024-02-01,y,extra\r\n\r\nc,x,2024-03-01,z\n';
    const { records, problems } = parseCsv('f.csv', csv, schema, ['id']);
    expect(problems).toEqual([
      {
        file: 'f.csv',
        line: 3,
        reason: 'not valid CSV: the record has 5 field(s) where the header has 4',
      },
      { file: 'f.csv', line: 5, column: 'count', reason: 'must be a whole number (got "x")' },
    ]);
    expect(records.map((r) => r.line)).toEqual([2]);
  });
});
