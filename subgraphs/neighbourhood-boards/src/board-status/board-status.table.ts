import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { BoardBody, BoardLegalForm, BoardStatus } from '../board/board.enums';

/** One change of a board's status (`neighbourhood_boards.board_status`), from the status file. */
export interface BoardStatusTable extends LoadedColumns {
  board_id: string;
  since: string;
  status: BoardStatus;
  /** Null where the source does not state it. */
  legal_form: BoardLegalForm | null;
  body: BoardBody;
  /** The community body that owns the board's successor, when there is one. */
  organisation_id: string | null;
  source_url: string;
  notes: string | null;
}

/** What `toBoardStatusChange` maps, plus `board_id` (the loaders' key); not `loaded_by_run`. */
export const BOARD_STATUS_COLUMNS = [
  'board_id',
  'since',
  'status',
  'legal_form',
  'body',
  'organisation_id',
  'source_url',
  'notes',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof BoardStatusTable)[];
