import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The councils subgraph's `Council`, as far as this subgraph needs it: its key, so assets can
 * point at their listing authority and councils can be given their assets.
 */
// The descriptions repeat the councils subgraph's word for word, so that composition has one
// text to keep for the supergraph.
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A UK local authority (current or former), from mySociety's register of local authority names and codes. Combined authorities and the GLA are `StrategicAuthority`, not councils.",
})
export class Council {
  @Field(() => ID, {
    description:
      'ONS GSS code of the council (e.g. `E08000019`). The 25 Northern Ireland districts abolished in 2015 had none and use their register code (e.g. `NIR-A`).',
  })
  id!: string;
}
