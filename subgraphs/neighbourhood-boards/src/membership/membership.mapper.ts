import type { MembershipRow } from '../database';
import type { Membership } from './membership.type';

export function toMembership(row: MembershipRow): Membership {
  return {
    id: row.id,
    role: row.role,
    constituency: row.constituency,
    electedOffice: row.elected_office,
    from: row.from_date,
    to: row.to_date,
    declaredInterests: row.declared_interests,
    sourceUrl: row.source_url,
    notes: row.notes,
    boardId: row.board_id,
    personName: row.person_name,
    organisationId: row.organisation_id,
    sourceId: row.source_id,
    loadedAt: row.valid_from,
  };
}

/** Dates are YYYY-MM-DD strings, so they compare as text. `to` is the last day served. */
export const servedOn = (membership: Membership, day: string): boolean =>
  membership.from <= day && (membership.to === null || membership.to >= day);
