import { buildFederatedSchema, type FederatedSchema } from '../../kit/schema/federated-schema';
import { resolveCouncilReference } from './council/council.reference';
import { CouncilResolver } from './council/council.resolver';
import { FOREIGN_NODE_TYPES, NodeResolver } from './node/node.resolver';
import { referenceResolver } from '../../kit/entity/dataloaders';
import type { CouncilsContext } from './loaders';
import { toStrategicAuthority } from './strategic-authority/strategic-authority.mapper';
import { StrategicAuthorityResolver } from './strategic-authority/strategic-authority.resolver';

export function buildCouncilsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [CouncilResolver, StrategicAuthorityResolver, NodeResolver],
    orphanedTypes: FOREIGN_NODE_TYPES,
    referenceResolvers: {
      Council: { __resolveReference: resolveCouncilReference },
      StrategicAuthority: {
        __resolveReference: referenceResolver(
          ({ loaders }: CouncilsContext) => loaders.strategicAuthorityById,
          toStrategicAuthority,
        ),
      },
    },
  });
}
