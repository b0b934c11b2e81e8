import { sql, type Kysely } from 'kysely';
import type { MembershipRow, NeighbourhoodBoardsDatabase } from '../database';
import { MEMBERSHIP_COLUMNS } from './membership.table';
import { BoardRole } from './membership.enums';

type Db = Kysely<NeighbourhoodBoardsDatabase>;

// Chair first, then vice chair, members and observers; each by start date.
const ROLE_ORDER = [BoardRole.CHAIR, BoardRole.VICE_CHAIR, BoardRole.MEMBER, BoardRole.OBSERVER];
const byRole = sql<number>`array_position(${sql.val(ROLE_ORDER)}::text[], role)`;

/** Every membership, past and present, of each board (a board has a few dozen at most). */
export const findMembershipsByBoardIds = (
  db: Db,
  boardIds: readonly string[],
): Promise<MembershipRow[]> =>
  db
    .selectFrom('membership')
    .select(MEMBERSHIP_COLUMNS)
    .where('board_id', 'in', boardIds)
    .orderBy(byRole)
    .orderBy((eb) => eb.fn.coalesce('from_date', 'known_from'))
    .orderBy('id')
    .execute();

/** Every seat each organisation has held or a member sat for, oldest first. */
export const findMembershipsByOrganisationIds = (
  db: Db,
  organisationIds: readonly string[],
): Promise<MembershipRow[]> =>
  db
    .selectFrom('membership')
    .select(MEMBERSHIP_COLUMNS)
    .where((eb) =>
      eb.or([
        eb('organisation_id', 'in', organisationIds),
        eb('represents_organisation_id', 'in', organisationIds),
      ]),
    )
    .orderBy((eb) => eb.fn.coalesce('from_date', 'known_from'))
    .orderBy('id')
    .execute();
