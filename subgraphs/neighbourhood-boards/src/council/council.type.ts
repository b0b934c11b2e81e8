import { entityStub, type EntityKey } from '../../../kit/entity/entity-stub';

/** The councils subgraph's `Council`, by key: boards point at their council, and councils are given their boards. */
export const Council = entityStub('Council');
export type Council = EntityKey;
