import { Directive, Field, ID, ObjectType, type ClassType } from 'type-graphql';
import { ENTITIES, type EntityName } from '../../../schema/entities';
import { Node } from './node';

/** What a subgraph knows of an entity another one owns: its key. */
export interface EntityKey {
  id: string;
}

/**
 * The key-only type of an entity another subgraph owns (`@key(fields: "id")`, the owner's
 * descriptions from `schema/entities.ts`), for a subgraph that points at it or adds fields to it:
 * `export const Council = entityStub('Council'); export type Council = EntityKey;`. Each call
 * makes a class of its own: type-graphql attaches field resolvers to a class for the whole
 * process, so one class shared by two subgraphs would carry one's fields into the other's schema.
 * Resolve its references with `resolveKeyReference`.
 */
export function entityStub(
  name: EntityName,
  /** False where the subgraph only hands out references (`node`), never resolves them. */
  { resolvable = true }: { resolvable?: boolean } = {},
): new () => EntityKey {
  @Directive(resolvable ? '@key(fields: "id")' : '@key(fields: "id", resolvable: false)')
  @ObjectType(name, { description: ENTITIES[name].description, implements: Node })
  class Stub implements EntityKey {
    @Field(() => ID, { description: ENTITIES[name].id })
    id!: string;
  }
  return Stub;
}

/**
 * The key-only `NeighbourhoodBoard` with its accountable council, declared `@external`, for a
 * field that `@requires(fields: "council { id }")`: a board's assets or grants are found by its
 * council. `council` is this subgraph's own `Council` stub. Resolve its references with
 * `resolveRequiredReference`, which keeps the council the gateway sends.
 */
export function boardStubWithCouncil(council: ClassType<EntityKey>): new () => BoardWithCouncil {
  @Directive('@key(fields: "id")')
  @ObjectType('NeighbourhoodBoard', {
    description: ENTITIES.NeighbourhoodBoard.description,
    implements: Node,
  })
  class BoardStub implements BoardWithCouncil {
    @Field(() => ID, { description: ENTITIES.NeighbourhoodBoard.id })
    id!: string;

    @Directive('@external')
    @Field(() => council, { nullable: true, description: ENTITIES.NeighbourhoodBoard.council })
    council?: EntityKey | null;
  }
  return BoardStub;
}

/** A board as `boardStubWithCouncil` declares it. */
export interface BoardWithCouncil extends EntityKey {
  /** Absent when the boards subgraph could not give it. */
  council?: EntityKey | null;
}
