import { loadAndMap } from '../../../kit/entity/dataloaders';
import { entityStub } from '../../../kit/entity/entity-stub';
import { nodeResolver } from '../../../kit/entity/node.resolver';
import { toCouncil } from '../council/council.mapper';
import type { CouncilsContext } from '../loaders';
import { toStrategicAuthority } from '../strategic-authority/strategic-authority.mapper';

/**
 * The graph's `node(id:)` and `nodes(ids:)` are served here (by the councils subgraph, the first
 * of the registry): councils and strategic authorities are loaded; every other entity is handed
 * to the gateway as a reference its owner resolves.
 */
export const NodeResolver = nodeResolver<CouncilsContext>({
  Council: (id, { loaders }) => loadAndMap(loaders.councilById, id, toCouncil),
  StrategicAuthority: (id, { loaders }) =>
    loadAndMap(loaders.strategicAuthorityById, id, toStrategicAuthority),
});

/** The other subgraphs' entities, by key only, so `node` can name them (never resolved here). */
export const FOREIGN_NODE_TYPES = (
  ['NeighbourhoodBoard', 'Organisation', 'Asset', 'Programme', 'Allocation', 'Grant'] as const
).map((name) => entityStub(name, { resolvable: false }));
