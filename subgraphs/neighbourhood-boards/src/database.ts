import type { Selectable } from 'kysely';
import type { IngestRunTable, RecordHistoryTable } from '../../kit/ingest/tables';
import type { BoardStatusTable } from './board-status/board-status.table';
import type { BoardCurrentView, BoardTable } from './board/board.table';
import type { MembershipTable } from './membership/membership.table';
import type { OrganisationTable } from './organisation/organisation.table';

/** The `neighbourhood_boards` Postgres schema as Kysely sees it. */
export interface NeighbourhoodBoardsDatabase {
  board: BoardTable;
  board_current: BoardCurrentView;
  board_status: BoardStatusTable;
  organisation: OrganisationTable;
  membership: MembershipTable;
  ingest_run: IngestRunTable;
  record_history: RecordHistoryTable;
}

export const NEIGHBOURHOOD_BOARDS_SCHEMA = 'neighbourhood_boards';

export type BoardRow = Selectable<BoardCurrentView>;
export type BoardStatusRow = Selectable<BoardStatusTable>;
export type OrganisationRow = Selectable<OrganisationTable>;
export type MembershipRow = Selectable<MembershipTable>;
