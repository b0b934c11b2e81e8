import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { BoardBody } from '../board/board.enums';
import type { BoardRole, Constituency, ElectedOffice } from './membership.enums';

/** One seat on a board for one period (`neighbourhood_boards.membership`). */
export interface MembershipTable extends LoadedColumns {
  id: string;
  board_id: string;
  /** Exactly one of `person_name` and `organisation_id` is set. */
  person_name: string | null;
  organisation_id: string | null;
  role: BoardRole;
  /** Null where the source does not say whom the member sits for. */
  constituency: Constituency | null;
  elected_office: ElectedOffice | null;
  /** Null where the source does not give the start; `known_from` is then set. */
  from_date: string | null;
  /** Last day on the board (inclusive); null while serving. */
  to_date: string | null;
  declared_interests: string[];
  source_url: string;
  notes: string | null;
  body: BoardBody;
  /** The organisation a named person sits for, where the source says. */
  represents_organisation_id: string | null;
  /** When the start is not known: the day the source was read, from which the seat is known. */
  known_from: string | null;
}

/** What `toMembership` maps and the loaders key on; not `loaded_by_run` (bookkeeping). */
export const MEMBERSHIP_COLUMNS = [
  'id',
  'board_id',
  'person_name',
  'organisation_id',
  'role',
  'constituency',
  'elected_office',
  'from_date',
  'to_date',
  'body',
  'represents_organisation_id',
  'known_from',
  'declared_interests',
  'source_url',
  'notes',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof MembershipTable)[];
