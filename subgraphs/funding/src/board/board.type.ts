import { entityStub, type EntityKey } from '../../../kit/entity/entity-stub';

/** The neighbourhood-boards subgraph's `NeighbourhoodBoard`, by key: boards are given their allocations. */
export const NeighbourhoodBoard = entityStub('NeighbourhoodBoard');
export type NeighbourhoodBoard = EntityKey;
