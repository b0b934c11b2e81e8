import { buildFederatedSchema, type FederatedSchema } from '../../kit/schema/federated-schema';
import { referenceResolver } from '../../kit/entity/dataloaders';
import { toAllocation } from './allocation/allocation.mapper';
import { AllocationResolver } from './allocation/allocation.resolver';
import { AssetGrantsResolver } from './asset/asset.resolver';
import { ComparisonFundingResolver } from './compare/comparison.resolver';
import { CouncilComparison } from './compare/comparison.type';
import { AuthorityComparison } from './compare/authority-comparison.type';
import { AuthorityComparisonFundingResolver } from './compare/authority-comparison.resolver';
import { BoardFundingResolver } from './board/board.resolver';
import { resolveCouncilReference } from './council/council.reference';
import { CouncilFundingListsResolver, CouncilFundingResolver } from './council/council.resolver';
import { toGrant } from './grant/grant.mapper';
import { GrantResolver } from './grant/grant.resolver';
import type { FundingContext } from './loaders';
import { OrganisationGrantsResolver } from './organisation/organisation.resolver';
import { toProgramme } from './programme/programme.mapper';
import { ProgrammeResolver } from './programme/programme.resolver';
import { resolveKeyReference, resolveRequiredReference } from '../../kit/entity/key-reference';
import { StrategicAuthorityAllocationsResolver } from './strategic-authority/strategic-authority.resolver';
import { FundingTotalResolver, ProgrammeFundingResolver } from './totals/totals.resolver';

export function buildFundingSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      ProgrammeResolver,
      AllocationResolver,
      GrantResolver,
      FundingTotalResolver,
      ProgrammeFundingResolver,
      CouncilFundingResolver,
      CouncilFundingListsResolver,
      BoardFundingResolver,
      StrategicAuthorityAllocationsResolver,
      OrganisationGrantsResolver,
      AssetGrantsResolver,
      ComparisonFundingResolver,
      AuthorityComparisonFundingResolver,
    ],
    // Nothing here returns a comparison: it is reached only by reference, for its metrics.
    orphanedTypes: [CouncilComparison, AuthorityComparison],
    referenceResolvers: {
      Programme: {
        __resolveReference: referenceResolver(
          ({ loaders }: FundingContext) => loaders.programmeById,
          toProgramme,
        ),
      },
      Allocation: {
        __resolveReference: referenceResolver(
          ({ loaders }: FundingContext) => loaders.allocationById,
          toAllocation,
        ),
      },
      Grant: {
        __resolveReference: referenceResolver(
          ({ loaders }: FundingContext) => loaders.grantById,
          toGrant,
        ),
      },
      Council: { __resolveReference: resolveCouncilReference },
      StrategicAuthority: { __resolveReference: resolveKeyReference },
      NeighbourhoodBoard: { __resolveReference: resolveRequiredReference },
      Organisation: { __resolveReference: resolveKeyReference },
      Asset: { __resolveReference: resolveKeyReference },
      CouncilComparison: { __resolveReference: resolveRequiredReference },
      AuthorityComparison: { __resolveReference: resolveRequiredReference },
    },
  });
}
