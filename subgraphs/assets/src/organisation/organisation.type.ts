import { entityStub, type EntityKey } from '../../../kit/entity/entity-stub';

/** The neighbourhood-boards subgraph's `Organisation`, by key: nominating groups point at it, and organisations are given the assets they nominated. */
export const Organisation = entityStub('Organisation');
export type Organisation = EntityKey;
