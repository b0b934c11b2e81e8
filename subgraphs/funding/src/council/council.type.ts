import { ENTITIES } from '../../../../schema/entities';
import { Node } from '../../../kit/entity/node';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

// The descriptions repeat the councils subgraph's word for word, so that composition has one
// text to keep for the supergraph.

/** The councils subgraph's `Population`, read here only through `@requires`. */
@Directive('@external')
@ObjectType({ description: 'A population estimate.' })
export class Population {
  @Field(() => Int, { description: 'Number of residents.' })
  count!: number;

  @Field(() => Int, { description: 'Year of the estimate (ONS mid-year estimate).' })
  year!: number;
}

/**
 * The councils subgraph's `Council`, as far as funding needs it: its key, and its population
 * (owned there) for per-head figures.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: ENTITIES.Council.description, implements: Node })
export class Council {
  @Field(() => ID, { description: ENTITIES.Council.id })
  id!: string;

  @Directive('@external')
  @Field(() => Population, {
    nullable: true,
    description: 'Population (ONS mid-2020 estimate); null where the register has none.',
  })
  population?: Population | null;
}
