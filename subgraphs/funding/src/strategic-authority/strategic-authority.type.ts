import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The councils subgraph's `StrategicAuthority`, by key (descriptions word for word). */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A combined authority, combined county authority or the Greater London Authority, with its member councils.',
})
export class StrategicAuthority {
  @Field(() => ID, { description: 'Register code (e.g. `GMCA`, `GLA`).' })
  id!: string;
}
