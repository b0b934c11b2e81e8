import type { Kysely } from 'kysely';
import type { Problem } from '../../kit/ingest/problems';
import {
  boardStatusSource,
  membershipsSource,
  organisationsSource,
  placesSource,
} from '../src/sources';

/* eslint-disable @typescript-eslint/no-explicit-any -- one query shape over several tables */

interface Reference {
  /** Table holding the reference, the file it comes from, and how to name one of its rows. */
  table: 'membership' | 'board_status';
  file: string;
  describe: (row: any) => string;
  column: 'board_id' | 'organisation_id';
  target: 'board' | 'organisation';
  targetFile: string;
}

const membership = {
  table: 'membership',
  file: membershipsSource.fileName,
  describe: (row: any) => `membership "${row.id}"`,
} as const;
const status = {
  table: 'board_status',
  file: boardStatusSource.fileName,
  describe: (row: any) => `the status change of "${row.board_id}" on ${row.since}`,
} as const;
const board = {
  column: 'board_id',
  target: 'board',
  targetFile: placesSource.fileName,
} as const;
const organisation = {
  column: 'organisation_id',
  target: 'organisation',
  targetFile: organisationsSource.fileName,
} as const;

const REFERENCES: Reference[] = [
  { ...membership, ...board },
  { ...membership, ...organisation },
  { ...status, ...board },
  { ...status, ...organisation },
];

/**
 * After a load has written every file: no membership or status change may point at a board or
 * organisation that is not there (e.g. one the new places or organisations file dropped while
 * the members file, absent or unchanged, still names it). The whole load is then refused.
 */
export async function checkReferences(trx: Kysely<any>): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const reference of REFERENCES) {
    const dangling = await trx
      .selectFrom(`${reference.table} as r`)
      .selectAll('r')
      .where(`r.${reference.column}`, 'is not', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom(`${reference.target} as t`)
              .select('t.id')
              .whereRef('t.id', '=', `r.${reference.column}`),
          ),
        ),
      )
      .execute();
    for (const row of dangling) {
      problems.push({
        file: reference.file,
        line: 0,
        column: reference.column,
        reason: `${reference.describe(row)} refers to "${row[reference.column]}", which ${reference.targetFile} no longer has; change both files together`,
      });
    }
  }
  return problems;
}
