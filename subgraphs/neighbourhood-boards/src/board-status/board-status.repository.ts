import type { Kysely } from 'kysely';
import type { BoardStatusRow, NeighbourhoodBoardsDatabase } from '../database';
import { BOARD_STATUS_COLUMNS } from './board-status.table';

/** Every recorded status change of each board, oldest first. */
export const findStatusChangesByBoardIds = (
  db: Kysely<NeighbourhoodBoardsDatabase>,
  boardIds: readonly string[],
): Promise<BoardStatusRow[]> =>
  db
    .selectFrom('board_status')
    .select(BOARD_STATUS_COLUMNS)
    .where('board_id', 'in', boardIds)
    .orderBy('since')
    .execute();
