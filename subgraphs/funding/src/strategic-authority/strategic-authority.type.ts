import { entityStub, type EntityKey } from '../../../kit/entity/entity-stub';

/** The councils subgraph's `StrategicAuthority`, by key: authorities are given their allocations. */
export const StrategicAuthority = entityStub('StrategicAuthority');
export type StrategicAuthority = EntityKey;
