import { buildFederatedSchema, type FederatedSchema } from '../../kit/federated-schema';
import { BoardStatusChangeResolver } from './board-status/board-status.resolver';
import { resolveBoardReference } from './board/board.reference';
import { NeighbourhoodBoardResolver } from './board/board.resolver';
import { resolveCouncilReference } from './council/council.reference';
import { CouncilBoardsResolver } from './council/council.resolver';
import { MembershipResolver } from './membership/membership.resolver';
import { Person } from './membership/membership.type';
import { resolveOrganisationReference } from './organisation/organisation.reference';
import { OrganisationResolver } from './organisation/organisation.resolver';

export function buildNeighbourhoodBoardsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      NeighbourhoodBoardResolver,
      CouncilBoardsResolver,
      MembershipResolver,
      OrganisationResolver,
      BoardStatusChangeResolver,
    ],
    orphanedTypes: [Person],
    referenceResolvers: {
      NeighbourhoodBoard: { __resolveReference: resolveBoardReference },
      Organisation: { __resolveReference: resolveOrganisationReference },
      Council: { __resolveReference: resolveCouncilReference },
    },
  });
}
