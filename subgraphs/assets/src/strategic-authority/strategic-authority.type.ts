import { entityStub, type EntityKey } from '../../../kit/entity/entity-stub';

/** The councils subgraph's `StrategicAuthority`, by key: asset totals are grouped by them. */
export const StrategicAuthority = entityStub('StrategicAuthority');
export type StrategicAuthority = EntityKey;
