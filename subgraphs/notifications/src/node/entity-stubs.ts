import { entityStub } from '../../../kit/entity/entity-stub';

// The entities a change is about, by key only: the gateway resolves them from their owners.
export const Council = entityStub('Council', { resolvable: false });
export const StrategicAuthority = entityStub('StrategicAuthority', { resolvable: false });

/** The rest, so `Change.entity` can name any of them. */
export const OTHER_ENTITY_TYPES = (
  ['NeighbourhoodBoard', 'Organisation', 'Asset', 'Programme', 'Allocation', 'Grant'] as const
).map((name) => entityStub(name, { resolvable: false }));
