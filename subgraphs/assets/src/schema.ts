import { buildFederatedSchema, type FederatedSchema } from '../../kit/schema/federated-schema';
import { referenceResolver } from '../../kit/entity/dataloaders';
import { today } from '../../../platform/calendar';
import { toAsset } from './asset/asset.mapper';
import { AssetResolver } from './asset/asset.resolver';
import { NominatingGroupResolver } from './asset/nominating-group.resolver';
import { resolveKeyReference, resolveRequiredReference } from '../../kit/entity/key-reference';
import { BoardAssetsResolver } from './board/board.resolver';
import { NeighbourhoodBoard } from './board/board.type';
import { LocationAssetsResolver } from './location/location.resolver';
import { ComparisonAssetsResolver } from './compare/comparison.resolver';
import { CouncilComparison } from './compare/comparison.type';
import { AuthorityComparison } from './compare/authority-comparison.type';
import { AuthorityComparisonAssetsResolver } from './compare/authority-comparison.resolver';
import { Location } from './location/location.type';
import { CouncilAssetsResolver } from './council/council.resolver';
import { AssetEventResolver } from './event/event.resolver';
import type { AssetsContext } from './loaders';
import { OrganisationAssetsResolver } from './organisation/organisation.resolver';
import { AssetTotalResolver } from './totals/totals.resolver';
import { StrategicAuthorityAssetsResolver } from './strategic-authority/strategic-authority.resolver';

export function buildAssetsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      AssetResolver,
      NominatingGroupResolver,
      AssetEventResolver,
      CouncilAssetsResolver,
      OrganisationAssetsResolver,
      BoardAssetsResolver,
      LocationAssetsResolver,
      ComparisonAssetsResolver,
      AuthorityComparisonAssetsResolver,
      AssetTotalResolver,
      StrategicAuthorityAssetsResolver,
    ],
    // Nothing here returns a board or a location: they are reached only by reference.
    orphanedTypes: [NeighbourhoodBoard, Location, CouncilComparison, AuthorityComparison],
    referenceResolvers: {
      Asset: {
        __resolveReference: referenceResolver(
          ({ loaders }: AssetsContext) => loaders.assetById,
          (row) => toAsset(row, today()),
        ),
      },
      Council: { __resolveReference: resolveKeyReference },
      Organisation: { __resolveReference: resolveKeyReference },
      StrategicAuthority: { __resolveReference: resolveKeyReference },
      NeighbourhoodBoard: { __resolveReference: resolveRequiredReference },
      // A location is its point: any point has assets around it (or none).
      Location: { __resolveReference: resolveRequiredReference },
      CouncilComparison: { __resolveReference: resolveRequiredReference },
      AuthorityComparison: { __resolveReference: resolveRequiredReference },
    },
  });
}
