/**
 * `__resolveReference` of an entity another subgraph owns: any key is accepted, since whether
 * the record exists is its owner's business; this subgraph only adds fields to it.
 *
 * The stub classes themselves (`Council`, `Organisation`...) stay one per subgraph: type-graphql
 * attaches field resolvers to a class for the whole process, so a class shared from the kit
 * would carry one subgraph's contributed fields into another's schema.
 */
export const resolveKeyReference = (reference: { id: string }) => ({ id: reference.id });
