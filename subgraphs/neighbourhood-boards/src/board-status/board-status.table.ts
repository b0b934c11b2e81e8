import type { LoadedColumns } from '../../../kit/ingest/tables';

/** One change of a board's status (`neighbourhood_boards.board_status`), from the status file. */
export interface BoardStatusTable extends LoadedColumns {
  board_id: string;
  since: string;
  status: string;
  legal_form: string;
  /** The community body that owns the board's successor, when there is one. */
  organisation_id: string | null;
  source_url: string;
  notes: string | null;
}
