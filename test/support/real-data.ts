import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDirectory } from '../../platform/paths';

export type CsvRow = Record<string, string>;

/** A file of the committed open data, parsed independently of the loaders, to check them against. */
export const readRealCsv = (file: string): CsvRow[] =>
  parse(readFileSync(path.join(dataDirectory(), file), 'utf8'), {
    columns: true,
    bom: true,
  });
