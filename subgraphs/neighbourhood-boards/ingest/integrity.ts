import { sql, type Kysely } from 'kysely';
import { NEIGHBOURHOOD_BOARDS_SCHEMA, type NeighbourhoodBoardsDatabase } from '../src/database';
import type { Problem } from '../../kit/ingest/problems';
import {
  boardStatusSource,
  membershipsSource,
  organisationsSource,
  placesSource,
} from '../src/sources';

type Db = Kysely<NeighbourhoodBoardsDatabase>;
type Column = 'board_id' | 'organisation_id';
type Target = 'board' | 'organisation';

/** What a dangling row is called in a problem, and the value it points with. */
interface Dangling {
  describe: string;
  value: string;
}

interface Reference {
  /** The file a referring row comes from, and what it points at (a table and its file). */
  file: string;
  column: Column;
  target: Target;
  targetFile: string;
  find(trx: Db, column: Column, target: Target): Promise<Dangling[]>;
}

/** `r.<column>` names no row of `target` (board or organisation). */
const pointsNowhere = (column: Column, target: Target) =>
  sql<boolean>`${sql.ref(`r.${column}`)} is not null and not exists (select 1 from ${sql.table(
    // Raw SQL is not qualified by `withSchema`: name the schema.
    `${NEIGHBOURHOOD_BOARDS_SCHEMA}.${target}`,
  )} t where t.id = ${sql.ref(`r.${column}`)})`;

const membership = {
  file: membershipsSource.fileName,
  find: async (trx: Db, column: Column, target: Target) =>
    (
      await trx
        .selectFrom('membership as r')
        .select(['r.id', `r.${column} as value`])
        .where(pointsNowhere(column, target))
        .execute()
    ).map((row) => ({ describe: `membership "${row.id}"`, value: String(row.value) })),
};
const status = {
  file: boardStatusSource.fileName,
  find: async (trx: Db, column: Column, target: Target) =>
    (
      await trx
        .selectFrom('board_status as r')
        .select(['r.board_id', 'r.since', `r.${column} as value`])
        .where(pointsNowhere(column, target))
        .execute()
    ).map((row) => ({
      describe: `the status change of "${row.board_id}" on ${row.since}`,
      value: String(row.value),
    })),
};
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
 * After an import has written every file: no membership or status change may point at a board
 * or organisation that is not there (e.g. one the new places or organisations file dropped while
 * the members file, absent or unchanged, still names it). The whole import is then refused.
 */
export async function checkReferences(trx: Db): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const reference of REFERENCES) {
    for (const row of await reference.find(trx, reference.column, reference.target)) {
      problems.push({
        file: reference.file,
        line: 0,
        column: reference.column,
        reason: `${row.describe} refers to "${row.value}", which ${reference.targetFile} no longer has; change both files together`,
      });
    }
  }
  return problems;
}
