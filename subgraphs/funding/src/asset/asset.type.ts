import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The assets subgraph's `Asset`, by key (descriptions word for word). */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'An Asset of Community Value: land or a building a council has listed (or been asked to list) because it furthers the social wellbeing or interests of the local community, with its history and the statutory clocks that protect it.',
})
export class Asset {
  @Field(() => ID, {
    description:
      'Stable id of the record: the `record_id` of the source register file (e.g. `WHA-ACV-2021-01`).',
  })
  id!: string;
}
