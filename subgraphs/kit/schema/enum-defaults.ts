import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  type GraphQLEnumType,
  type GraphQLSchema,
} from 'graphql';

/** The internal value of an enum default given by its GraphQL name; anything else as it was. */
function internal(enumType: GraphQLEnumType, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => internal(enumType, item));
  if (typeof value !== 'string') return value;
  return enumType.getValue(value)?.value ?? value;
}

/**
 * A subgraph schema is rebuilt from printed SDL (see `federated-schema.ts`), so the defaults of
 * enum-typed arguments and input fields (`orderBy: { field: ID }` when only `direction` is
 * given) arrive as the GraphQL names (`"ID"`), not the values the resolvers use (`"id"`): they
 * were read before the enum values were attached. Put the internal values back, so a default
 * means what an explicit value means.
 */
export function restoreEnumDefaults(schema: GraphQLSchema): void {
  const fix = (holder: { type: unknown; defaultValue?: unknown }) => {
    const named = getNamedType(holder.type as never);
    if (holder.defaultValue !== undefined && isEnumType(named))
      holder.defaultValue = internal(named, holder.defaultValue);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) Object.values(type.getFields()).forEach(fix);
    if (isObjectType(type))
      for (const field of Object.values(type.getFields())) field.args.forEach(fix);
  }
}
