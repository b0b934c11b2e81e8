import { entityStub, type EntityKey } from '../../../kit/entity/entity-stub';

/** The neighbourhood-boards subgraph's `Organisation`, by key: organisations are given the grants they received. */
export const Organisation = entityStub('Organisation');
export type Organisation = EntityKey;
