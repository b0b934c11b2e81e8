import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The neighbourhood-boards subgraph's `Organisation`, by key (descriptions word for word). */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A community organisation: co-operative, community benefit society, charity, CIC, parish or town council, faith or unincorporated group. Organisations sit on boards, nominate Assets of Community Value and receive grants.',
})
export class Organisation {
  @Field(() => ID, {
    description: 'Stable slug from the organisations file (e.g. `hartcliffe-city-farm`).',
  })
  id!: string;
}
