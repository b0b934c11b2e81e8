import { entityStub, type EntityKey } from '../../../kit/entity/entity-stub';

/** The assets subgraph's `Asset`, by key: assets are given the grants linked to them. */
export const Asset = entityStub('Asset');
export type Asset = EntityKey;
