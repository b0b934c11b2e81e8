import { buildFederatedSchema, type FederatedSchema } from '../../kit/schema/federated-schema';
import { resolveCouncilReference } from './council/council.reference';
import { CouncilResolver } from './council/council.resolver';
import { CouncilBoundaryResolver } from './boundary/boundary.resolver';
import type { LatLon } from './location/find-area';
import { locatePoint } from './location/locate';
import { LocationResolver } from './location/location.resolver';
import { comparisonOf } from './compare/comparison';
import { parseComparisonId } from './compare/comparison-id';
import {
  ComparisonMemberResolver,
  CouncilComparisonFieldsResolver,
  CouncilComparisonResolver,
} from './compare/comparison.resolver';
import {
  AuthorityComparisonFieldResolver,
  AuthorityComparisonResolver,
} from './compare/authority-comparison.resolver';
import { FOREIGN_NODE_TYPES, NodeResolver } from './node/node.resolver';
import { referenceResolver } from '../../kit/entity/dataloaders';
import type { CouncilsContext } from './loaders';
import { toStrategicAuthority } from './strategic-authority/strategic-authority.mapper';
import { StrategicAuthorityResolver } from './strategic-authority/strategic-authority.resolver';

export function buildCouncilsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      CouncilResolver,
      CouncilBoundaryResolver,
      StrategicAuthorityResolver,
      LocationResolver,
      CouncilComparisonResolver,
      CouncilComparisonFieldsResolver,
      ComparisonMemberResolver,
      AuthorityComparisonFieldResolver,
      AuthorityComparisonResolver,
      NodeResolver,
    ],
    orphanedTypes: FOREIGN_NODE_TYPES,
    referenceResolvers: {
      Council: { __resolveReference: resolveCouncilReference },
      AuthorityComparison: {
        __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      },
      CouncilComparison: {
        __resolveReference: (reference: { id: string }, { db, scope }: CouncilsContext) =>
          comparisonOf(db, scope, parseComparisonId(reference.id)),
      },
      Location: {
        __resolveReference: (reference: LatLon, { db }: CouncilsContext) =>
          locatePoint(db, reference),
      },
      StrategicAuthority: {
        __resolveReference: referenceResolver(
          ({ loaders }: CouncilsContext) => loaders.strategicAuthorityById,
          toStrategicAuthority,
        ),
      },
    },
  });
}
