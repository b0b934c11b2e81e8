import { buildFederatedSchema, type FederatedSchema } from '../../kit/schema/federated-schema';
import { referenceResolver } from '../../kit/entity/dataloaders';
import { today } from '../../../platform/calendar';
import { toAsset } from './asset/asset.mapper';
import { AssetResolver } from './asset/asset.resolver';
import { NominatingGroupResolver } from './asset/nominating-group.resolver';
import { resolveKeyReference, resolveRequiredReference } from '../../kit/entity/key-reference';
import { BoardAssetsResolver } from './board/board.resolver';
import { NeighbourhoodBoard } from './board/board.type';
import { CouncilAssetsResolver } from './council/council.resolver';
import { AssetEventResolver } from './event/event.resolver';
import type { AssetsContext } from './loaders';
import { OrganisationAssetsResolver } from './organisation/organisation.resolver';

export function buildAssetsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      AssetResolver,
      NominatingGroupResolver,
      AssetEventResolver,
      CouncilAssetsResolver,
      OrganisationAssetsResolver,
      BoardAssetsResolver,
    ],
    // Nothing here returns a board: it is reached only by reference, for its `assets`.
    orphanedTypes: [NeighbourhoodBoard],
    referenceResolvers: {
      Asset: {
        __resolveReference: referenceResolver(
          ({ loaders }: AssetsContext) => loaders.assetById,
          (row) => toAsset(row, today()),
        ),
      },
      Council: { __resolveReference: resolveKeyReference },
      Organisation: { __resolveReference: resolveKeyReference },
      NeighbourhoodBoard: { __resolveReference: resolveRequiredReference },
    },
  });
}
