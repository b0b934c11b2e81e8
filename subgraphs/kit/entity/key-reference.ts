/**
 * `__resolveReference` of an entity another subgraph owns (see `entityStub`): any key is
 * accepted, since whether the record exists is its owner's business; this subgraph only adds
 * fields to it.
 */
export const resolveKeyReference = (reference: { id: string }) => ({ id: reference.id });

/**
 * `__resolveReference` of a stub whose representation is all it needs: a key of several fields
 * (a `Location`'s point), or a key with a field the owner provides for one that `@requires` it
 * (`boardStubWithCouncil`).
 */
export const resolveRequiredReference = <Reference extends object>(
  reference: Reference,
): Reference => reference;
