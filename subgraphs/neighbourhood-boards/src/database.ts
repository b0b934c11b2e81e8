import type { Selectable } from 'kysely';
import type { IngestRunTable, RecordHistoryTable } from '../../kit/ingest/tables';
import type { BOARD_STATUS_COLUMNS, BoardStatusTable } from './board-status/board-status.table';
import type { BOARD_COLUMNS, BoardCurrentView, BoardTable } from './board/board.table';
import type { MEMBERSHIP_COLUMNS, MembershipTable } from './membership/membership.table';
import type { ORGANISATION_COLUMNS, OrganisationTable } from './organisation/organisation.table';

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

// What the repositories select (not `*`): the columns the mappers and loaders read.
export type BoardRow = Pick<Selectable<BoardCurrentView>, (typeof BOARD_COLUMNS)[number]>;
export type BoardStatusRow = Pick<
  Selectable<BoardStatusTable>,
  (typeof BOARD_STATUS_COLUMNS)[number]
>;
export type OrganisationRow = Pick<
  Selectable<OrganisationTable>,
  (typeof ORGANISATION_COLUMNS)[number]
>;
export type MembershipRow = Pick<Selectable<MembershipTable>, (typeof MEMBERSHIP_COLUMNS)[number]>;
