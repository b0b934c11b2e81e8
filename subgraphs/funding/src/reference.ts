/**
 * `__resolveReference` for an entity another subgraph owns that funding only adds fields to: any
 * id is accepted, since whether the record exists is the owner's business.
 */
export const resolveByKey = (reference: { id: string }) => ({ id: reference.id });
