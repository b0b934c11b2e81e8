import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The neighbourhood-boards subgraph's `NeighbourhoodBoard`, by key (descriptions word for word). */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'The Neighbourhood Board of one Pride in Place place: residents, community groups, businesses, councillors and the MP deciding how up to £20m over 10 years is spent. One per place.',
})
export class NeighbourhoodBoard {
  @Field(() => ID, {
    description:
      'Stable id of the place: `p1-` (phase 1), `p2-` (phase 2) or `p3-` (2026 expansion) and the place name, e.g. `p1-accrington`.',
  })
  id!: string;
}
