import { buildFederatedSchema, type FederatedSchema } from '../../kit/federated-schema';
import { resolveCouncilReference } from './council/council.reference';
import { CouncilResolver } from './council/council.resolver';
import { resolveStrategicAuthorityReference } from './strategic-authority/strategic-authority.reference';
import { StrategicAuthorityResolver } from './strategic-authority/strategic-authority.resolver';

export function buildCouncilsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [CouncilResolver, StrategicAuthorityResolver],
    referenceResolvers: {
      Council: { __resolveReference: resolveCouncilReference },
      StrategicAuthority: { __resolveReference: resolveStrategicAuthorityReference },
    },
  });
}
