import type { Kysely, SelectQueryBuilder } from 'kysely';
import { listRepository, type ListOrdering } from '../../../kit/list/list-query';
import { containsPattern } from '../../../kit/list/text-search';
import type { BoardRow, NeighbourhoodBoardsDatabase } from '../database';
import { BOARD_COLUMNS } from './board.table';
import { BoardOrderField } from './board.enums';
import type { NeighbourhoodBoardFilter } from './board.inputs';

type Db = Kysely<NeighbourhoodBoardsDatabase>;
type BoardQuery = SelectQueryBuilder<NeighbourhoodBoardsDatabase, 'board_current', object>;

export const findBoardsByIds = (db: Db, ids: readonly string[]): Promise<BoardRow[]> =>
  db.selectFrom('board_current').select(BOARD_COLUMNS).where('id', 'in', ids).execute();

/** Every board of each council, in place-name order; a council has at most a handful. */
export const findBoardsByCouncilIds = (
  db: Db,
  councilIds: readonly string[],
): Promise<BoardRow[]> =>
  db
    .selectFrom('board_current')
    .select(BOARD_COLUMNS)
    .where('council_id', 'in', councilIds)
    .orderBy('place_name')
    .orderBy('id')
    .execute();

function applyFilter(query: BoardQuery, filter: NeighbourhoodBoardFilter | undefined): BoardQuery {
  if (!filter) return query;
  let q = query;
  if (filter.councilId != null) q = q.where('council_id', '=', filter.councilId);
  if (filter.nation != null) q = q.where('nation', '=', filter.nation);
  if (filter.region != null) q = q.where('region', '=', filter.region);
  if (filter.phase?.length) q = q.where('phase', 'in', filter.phase);
  if (filter.status?.length) q = q.where('status', 'in', filter.status);
  if (filter.nameContains != null)
    q = q.where('place_name', 'ilike', containsPattern(filter.nameContains));
  return q;
}

const BOARD_ORDERING: ListOrdering<NeighbourhoodBoardsDatabase, 'board_current', BoardOrderField> =
  {
    fields: {
      [BoardOrderField.PLACE_NAME]: { by: 'place_name' },
      [BoardOrderField.ANNOUNCED_ON]: { by: 'announced_on' },
      [BoardOrderField.ID]: null,
    },
    tieBreaker: 'id',
  };

/** The root list: its filters, its columns, its order (see `kit/list/list-query.ts`). */
export const { page: listBoards, count: countBoards } = listRepository<
  NeighbourhoodBoardsDatabase,
  'board_current',
  NeighbourhoodBoardFilter,
  BoardOrderField,
  BoardRow
>((db) => ({
  from: (filter) => applyFilter(db.selectFrom('board_current'), filter),
  select: (query) => query.select(BOARD_COLUMNS),
  ordering: BOARD_ORDERING,
}));
