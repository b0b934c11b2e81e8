/**
 * `__resolveReference` of an entity another subgraph owns (see `entityStub`): any key is
 * accepted, since whether the record exists is its owner's business; this subgraph only adds
 * fields to it.
 */
export const resolveKeyReference = (reference: { id: string }) => ({ id: reference.id });

/**
 * `__resolveReference` of a stub with a field the owner provides (`entityStubRequiring`): the
 * gateway sends that field with the key, for the field that `@requires` it.
 */
export const resolveRequiredReference = <Reference extends { id: string }>(
  reference: Reference,
): Reference => reference;
