import { Arg, Ctx, ID, Query, Resolver, type ClassType } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/client-errors';
import { MAX_PAGE_SIZE } from '../../../schema/list-sizes';
import type { EntityName } from '../../../schema/entities';
import { decodeNodeId, Node } from './node';

/** How the subgraph that serves `node` loads the entities it owns (by natural key, batched). */
export type OwnNodes<Context> = Partial<
  Record<EntityName, (id: string, context: Context) => Promise<object | null>>
>;

/**
 * `node(id:)` and `nodes(ids:)`, for one subgraph to serve for the whole graph: an entity it owns
 * is loaded and returned whole (null when there is none); any other is returned as a reference
 * (`{ __typename, id }`) that the gateway resolves from its owner, which answers null for a key
 * it does not have. The subgraph declares key-only stubs of the others (`entityStub(name,
 * { resolvable: false })`).
 */
export function nodeResolver<Context>(own: OwnNodes<Context>): ClassType {
  const resolve = async (nodeId: string, argument: string, context: Context) => {
    const { type, id } = decodeNodeId(nodeId, argument);
    const load = own[type];
    if (!load) return { __typename: type, id };
    const entity = await load(id, context);
    return entity ? { ...entity, __typename: type } : null;
  };

  @Resolver()
  class NodeResolver {
    @Query(() => Node, {
      nullable: true,
      description:
        'Any entity by its global id (`nodeId`): a council, strategic authority, board, organisation, asset, programme, allocation or grant. Null when there is no such record.',
    })
    node(
      @Arg('id', () => ID, { description: 'A `nodeId` this API gave.' }) nodeId: string,
      @Ctx() context: Context,
    ): Promise<object | null> {
      return resolve(nodeId, 'id', context);
    }

    @Query(() => [Node], {
      nullable: 'items',
      description: `Several entities by their global ids (at most ${MAX_PAGE_SIZE}), in the order asked; null for an id with no record.`,
    })
    async nodes(
      @Arg('ids', () => [ID], { description: 'Global ids (`nodeId`) this API gave.' })
      nodeIds: string[],
      @Ctx() context: Context,
    ): Promise<(object | null)[]> {
      if (nodeIds.length > MAX_PAGE_SIZE)
        throw badUserInput(
          `\`ids\` may hold at most ${MAX_PAGE_SIZE} ids; got ${nodeIds.length}`,
          'ids',
        );
      return Promise.all(nodeIds.map((nodeId, index) => resolve(nodeId, `ids[${index}]`, context)));
    }
  }
  return NodeResolver;
}
