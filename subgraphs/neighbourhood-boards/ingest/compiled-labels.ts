import { BoardBody, BoardStatus } from '../src/board/board.enums';
import { Constituency, ElectedOffice } from '../src/membership/membership.enums';

/**
 * How the compiled files' labels are read (their compiler's conventions, SOURCES.md "Neighbourhood
 * Boards: members, status, organisations"), in one place so the API can say what it did.
 */

/**
 * A record is of the place's earlier board when it is dated before the place joined the
 * programme (the Neighbourhood Board did not exist yet), or when its note carries the compiler's
 * label for an earlier board: `LTPT` (the Long-Term Plan for Towns board, "Town Board (LTPT)"),
 * "Long-Term Plan" or a Town Deal board. A note that only says "Town Board" is not enough: many
 * councils still called their Neighbourhood Board so in 2025. (`BoardBody`'s description in the
 * API states this rule: change both together.)
 */
export function bodyOf(
  note: string | null,
  on: string | null,
  board: { announcedOn: string },
): BoardBody {
  if (on !== null && on < board.announcedOn) return BoardBody.PREDECESSOR_BOARD;
  return note !== null && /\bLTPT\b|Long-Term Plan|Town Deal Board/i.test(note)
    ? BoardBody.PREDECESSOR_BOARD
    : BoardBody.NEIGHBOURHOOD_BOARD;
}

/** Whom a member sits for, where the record says no more than the office they hold. */
export function constituencyOfOffice(office: ElectedOffice | null): Constituency | null {
  if (office === ElectedOffice.MP) return Constituency.MP;
  if (office === ElectedOffice.COUNCILLOR) return Constituency.COUNCILLOR;
  if (office === ElectedOffice.MAYOR) return Constituency.MAYOR;
  return null;
}

/**
 * Status rows the compiler says record a plan the board was to submit on a day, not a submission
 * (SOURCES.md: "Two `plan_submitted` rows are scheduled dates ... not confirmed submissions"):
 * not imported as a change of status.
 */
export const SCHEDULED_NOT_SUBMITTED: readonly {
  place: string;
  status: BoardStatus;
  on: string;
}[] = [
  { place: 'Ramsgate', status: BoardStatus.PLAN_SUBMITTED, on: '2025-11-28' },
  { place: 'Darwen', status: BoardStatus.PLAN_SUBMITTED, on: '2025-11-25' },
];
