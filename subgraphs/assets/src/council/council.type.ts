import { entityStub, type EntityKey } from '../../../kit/entity/entity-stub';

/** The councils subgraph's `Council`, by key: assets point at their listing authority, and councils are given their assets. */
export const Council = entityStub('Council');
export type Council = EntityKey;
