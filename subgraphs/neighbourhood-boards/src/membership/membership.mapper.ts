import { BoardBody } from '../board/board.enums';
import type { MembershipRow } from '../database';
import type { Membership } from './membership.type';

/** A table check holds one of the two (migration 2026-12-04T00-compiled-board-data). */
function knownFrom(row: MembershipRow): string {
  const day = row.from_date ?? row.known_from;
  if (day === null)
    throw new Error(`membership ${row.id} has neither a start nor a known-from day`);
  return day;
}

export function toMembership(row: MembershipRow): Membership {
  return {
    id: row.id,
    role: row.role,
    constituency: row.constituency,
    electedOffice: row.elected_office,
    from: row.from_date,
    knownFrom: knownFrom(row),
    to: row.to_date,
    body: row.body,
    declaredInterests: row.declared_interests,
    sourceUrl: row.source_url,
    notes: row.notes,
    boardId: row.board_id,
    personName: row.person_name,
    organisationId: row.organisation_id,
    representsOrganisationId: row.represents_organisation_id,
    sourceId: row.source_id,
    loadedAt: row.valid_from,
  };
}

/**
 * Whether a seat on the Neighbourhood Board itself was held on `day`: from the day it is known
 * (its start, else the day its source was read) to its last day. Dates are YYYY-MM-DD strings,
 * so they compare as text. Seats on a predecessor board are history, never today's board.
 */
export const servedOn = (membership: Membership, day: string): boolean =>
  membership.body === BoardBody.NEIGHBOURHOOD_BOARD &&
  membership.knownFrom <= day &&
  (membership.to === null || membership.to >= day);
