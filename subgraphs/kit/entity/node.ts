import type { GraphQLResolveInfo } from 'graphql';
import { Field, ID, Info, InterfaceType, Root } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/client-errors';
import { ENTITY_NAMES, type EntityName } from '../../../schema/entities';

const PREFIX = 'n1:';

/**
 * An entity's global id: opaque, prefixed with its type, made of its natural key, so it is the
 * same after every reload and says which type to ask for (`node(id:)`).
 */
export const encodeNodeId = (type: EntityName, id: string): string =>
  Buffer.from(`${PREFIX}${type}:${id}`).toString('base64url');

/** The type and key a global id stands for; a 400 naming the argument when it is not one. */
export function decodeNodeId(nodeId: string, argument: string): { type: EntityName; id: string } {
  const text = Buffer.from(nodeId, 'base64url').toString('utf8');
  const separator = text.indexOf(':', PREFIX.length);
  const type = text.slice(PREFIX.length, separator);
  const id = text.slice(separator + 1);
  if (!text.startsWith(PREFIX) || separator < 0 || !id || !ENTITY_NAMES.includes(type as never))
    throw badUserInput(
      `\`${argument}\` is not a node id issued by this API: "${nodeId}"`,
      argument,
    );
  return { type: type as EntityName, id };
}

/**
 * Relay's `Node`, for every entity of the graph. The global id is `nodeId`, not `id`: `id` is each
 * entity's natural key (a GSS code, a 360Giving identifier), which clients already know and the
 * federation joins on.
 */
@InterfaceType('Node', {
  description:
    'Any entity of the graph, refetchable by its global id (`node(id:)`, `nodes(ids:)`). Every entity also has its own natural key, `id`.',
  // `node` returns references `{ __typename, id }` for entities other subgraphs own.
  resolveType: (value: { __typename?: string }) => value.__typename,
  // Each subgraph's schema holds its own classes of the entities it declares: type-graphql must
  // not add every class of the process that implements `Node` (other subgraphs' too).
  autoRegisterImplementations: false,
})
export abstract class Node {
  // Every subgraph that declares an entity resolves its `nodeId` the same way: the field is
  // shareable on every object type (`buildFederatedSchema` marks it; interface fields cannot be).
  @Field(() => ID, {
    description:
      'Global id of this record: opaque, type-prefixed, the same after every reload. Pass it to `node(id:)`.',
  })
  nodeId(@Root() entity: { id: string }, @Info() info: GraphQLResolveInfo): string {
    return encodeNodeId(info.parentType.name as EntityName, entity.id);
  }
}
