import type { RequestScope } from '../../kit/service/module';
import type { Kysely } from 'kysely';
import { groupedLoader, keyedLoader } from '../../kit/entity/dataloaders';
import { findStatusChangesByBoardIds } from './board-status/board-status.repository';
import { findBoardsByCouncilIds, findBoardsByIds } from './board/board.repository';
import type { NeighbourhoodBoardsDatabase } from './database';
import {
  findMembershipsByBoardIds,
  findMembershipsByOrganisationIds,
} from './membership/membership.repository';
import { findOrganisationsByIds } from './organisation/organisation.repository';

/** Per-request DataLoaders: each batch of keys costs one SQL statement. */
export function createLoaders(db: Kysely<NeighbourhoodBoardsDatabase>) {
  return {
    boardById: keyedLoader(
      (ids) => findBoardsByIds(db, ids),
      (row) => row.id,
    ),
    boardsByCouncilId: groupedLoader(
      (ids) => findBoardsByCouncilIds(db, ids),
      (row) => row.council_id,
    ),
    statusChangesByBoardId: groupedLoader(
      (ids) => findStatusChangesByBoardIds(db, ids),
      (row) => row.board_id,
    ),
    membershipsByBoardId: groupedLoader(
      (ids) => findMembershipsByBoardIds(db, ids),
      (row) => row.board_id,
    ),
    membershipsByOrganisationId: groupedLoader(
      (ids) => findMembershipsByOrganisationIds(db, ids),
      (row) => [row.organisation_id, row.represents_organisation_id].filter((id) => id !== null),
    ),
    organisationById: keyedLoader(
      (ids) => findOrganisationsByIds(db, ids),
      (row) => row.id,
    ),
  };
}

export type NeighbourhoodBoardsLoaders = ReturnType<typeof createLoaders>;

export interface NeighbourhoodBoardsContext {
  db: Kysely<NeighbourhoodBoardsDatabase>;
  /** The request's data version, to which list cursors are bound. */
  scope: RequestScope;
  loaders: NeighbourhoodBoardsLoaders;
}
