/**
 * `__resolveReference` of an entity another subgraph owns (see `entityStub`): any key is
 * accepted, since whether the record exists is its owner's business; this subgraph only adds
 * fields to it.
 */
export const resolveKeyReference = (reference: { id: string }) => ({ id: reference.id });
