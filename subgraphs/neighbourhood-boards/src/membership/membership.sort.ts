import { sortedListOf, type RowOrdering } from '../../../kit/list/sorted-rows';
import { BoardRole, MembershipOrderField } from './membership.enums';
import { MembershipOrder } from './membership.inputs';
import type { Membership } from './membership.type';

const SEAT_ORDER = [BoardRole.CHAIR, BoardRole.VICE_CHAIR, BoardRole.MEMBER, BoardRole.OBSERVER];

const start = (membership: Membership) => membership.from ?? membership.knownFrom;

/** `MembershipOrder` for a board's or an organisation's seats, which are few and held in memory. */
export const MEMBERSHIP_ORDERING: RowOrdering<Membership, MembershipOrderField> = {
  fields: {
    // One value for seat then start: ISO dates sort as text after the seat's digit.
    [MembershipOrderField.ROLE]: (m) => `${SEAT_ORDER.indexOf(m.role)} ${start(m)}`,
    [MembershipOrderField.FROM]: start,
    [MembershipOrderField.NAME]: (m) => m.personName,
    [MembershipOrderField.ID]: null,
  },
  key: (membership) => membership.id,
};

/** A list of seats (`list`, keyed by `parts`), in the order asked; by seat unless asked. */
export const membershipList = sortedListOf(
  MEMBERSHIP_ORDERING,
  () => new MembershipOrder(),
  (membership: Membership) => membership,
);
