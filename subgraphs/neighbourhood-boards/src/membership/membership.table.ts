import type { LoadedColumns } from '../../../kit/ingest/tables';

/** One seat on a board for one period (`neighbourhood_boards.membership`). */
export interface MembershipTable extends LoadedColumns {
  id: string;
  board_id: string;
  /** Exactly one of `person_name` and `organisation_id` is set. */
  person_name: string | null;
  organisation_id: string | null;
  role: string;
  constituency: string;
  elected_office: string | null;
  from_date: string;
  /** Last day on the board (inclusive); null while serving. */
  to_date: string | null;
  declared_interests: string[];
  source_url: string;
  notes: string | null;
}
