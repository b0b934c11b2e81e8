import { sql, type Kysely } from 'kysely';
import type { Problem } from '../../kit/ingest/problems';
import { NEIGHBOURHOOD_BOARDS_SCHEMA, type NeighbourhoodBoardsDatabase } from '../src/database';
import {
  compiledOrganisationsSource,
  organisationsSource,
  placesSource,
  sourceById,
} from '../src/sources';

type Db = Kysely<NeighbourhoodBoardsDatabase>;
type Target = 'board' | 'organisation';

/** A row that points at nothing: what it is called, the value it points with, its file. */
interface Dangling {
  describe: string;
  value: string;
  sourceId: string;
}

/** `r.<column>` names no row of `target` (board or organisation). */
const pointsNowhere = (column: string, target: Target) =>
  sql<boolean>`${sql.ref(`r.${column}`)} is not null and not exists (select 1 from ${sql.table(
    // Raw SQL is not qualified by `withSchema`: name the schema.
    `${NEIGHBOURHOOD_BOARDS_SCHEMA}.${target}`,
  )} t where t.id = ${sql.ref(`r.${column}`)})`;

const danglingMemberships = async (
  trx: Db,
  column: 'board_id' | 'organisation_id' | 'represents_organisation_id',
  target: Target,
): Promise<Dangling[]> =>
  (
    await trx
      .selectFrom('membership as r')
      .select(['r.id', 'r.source_id', `r.${column} as value`])
      .where(pointsNowhere(column, target))
      .execute()
  ).map((row) => ({
    describe: `membership "${row.id}"`,
    value: String(row.value),
    sourceId: row.source_id,
  }));

const danglingStatusChanges = async (
  trx: Db,
  column: 'board_id' | 'organisation_id',
  target: Target,
): Promise<Dangling[]> =>
  (
    await trx
      .selectFrom('board_status as r')
      .select(['r.board_id', 'r.since', 'r.source_id', `r.${column} as value`])
      .where(pointsNowhere(column, target))
      .execute()
  ).map((row) => ({
    describe: `the status change of "${row.board_id}" on ${row.since}`,
    value: String(row.value),
    sourceId: row.source_id,
  }));

const BOARDS = placesSource.fileName;
const ORGANISATIONS = `${organisationsSource.fileName} or ${compiledOrganisationsSource.fileName}`;

const REFERENCES: { column: string; targetFile: string; find: (trx: Db) => Promise<Dangling[]> }[] =
  [
    {
      column: 'board_id',
      targetFile: BOARDS,
      find: (trx) => danglingMemberships(trx, 'board_id', 'board'),
    },
    {
      column: 'organisation_id',
      targetFile: ORGANISATIONS,
      find: (trx) => danglingMemberships(trx, 'organisation_id', 'organisation'),
    },
    {
      column: 'represents_organisation_id',
      targetFile: ORGANISATIONS,
      find: (trx) => danglingMemberships(trx, 'represents_organisation_id', 'organisation'),
    },
    {
      column: 'board_id',
      targetFile: BOARDS,
      find: (trx) => danglingStatusChanges(trx, 'board_id', 'board'),
    },
    {
      column: 'organisation_id',
      targetFile: ORGANISATIONS,
      find: (trx) => danglingStatusChanges(trx, 'organisation_id', 'organisation'),
    },
  ];

/**
 * After an import has written every file: no membership or status change may point at a board
 * or organisation that is not there (e.g. one the new places or organisations file dropped while
 * the members file, absent or unchanged, still names it). The whole import is then refused.
 */
export async function checkReferences(trx: Db): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const reference of REFERENCES) {
    for (const row of await reference.find(trx)) {
      problems.push({
        file: sourceById(row.sourceId).fileName,
        line: 0,
        column: reference.column,
        reason: `${row.describe} refers to "${row.value}", which ${reference.targetFile} no longer has; change both files together`,
      });
    }
  }
  return problems;
}
