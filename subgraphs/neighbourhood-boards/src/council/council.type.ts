import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The councils subgraph's `Council`, as far as this subgraph needs it: its key, so boards can
 * point at their council and councils can be given their boards.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Council {
  @Field(() => ID)
  id!: string;
}
