import { buildFederatedSchema, type FederatedSchema } from '../../kit/schema/federated-schema';
import { BoardStatusChangeResolver } from './board-status/board-status.resolver';
import { referenceResolver } from '../../kit/entity/dataloaders';
import { toBoard } from './board/board.mapper';
import type { NeighbourhoodBoardsContext } from './loaders';
import { toOrganisation } from './organisation/organisation.mapper';
import { NeighbourhoodBoardResolver } from './board/board.resolver';
import { resolveKeyReference, resolveRequiredReference } from '../../kit/entity/key-reference';
import { LocationBoardsResolver } from './location/location.resolver';
import { Location } from './location/location.type';
import { ComparisonBoardsResolver } from './compare/comparison.resolver';
import { CouncilComparison } from './compare/comparison.type';
import { CouncilBoardsResolver } from './council/council.resolver';
import { MembershipResolver } from './membership/membership.resolver';
import { Person } from './membership/membership.type';
import { OrganisationResolver } from './organisation/organisation.resolver';

export function buildNeighbourhoodBoardsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      NeighbourhoodBoardResolver,
      CouncilBoardsResolver,
      MembershipResolver,
      OrganisationResolver,
      BoardStatusChangeResolver,
      LocationBoardsResolver,
      ComparisonBoardsResolver,
    ],
    // A location and a comparison are reached only by reference, for their boards.
    orphanedTypes: [Person, Location, CouncilComparison],
    referenceResolvers: {
      Location: { __resolveReference: resolveRequiredReference },
      CouncilComparison: { __resolveReference: resolveRequiredReference },
      NeighbourhoodBoard: {
        __resolveReference: referenceResolver(
          ({ loaders }: NeighbourhoodBoardsContext) => loaders.boardById,
          toBoard,
        ),
      },
      Organisation: {
        __resolveReference: referenceResolver(
          ({ loaders }: NeighbourhoodBoardsContext) => loaders.organisationById,
          toOrganisation,
        ),
      },
      Council: { __resolveReference: resolveKeyReference },
    },
  });
}
