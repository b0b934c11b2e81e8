import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A rule every published membership list is checked against when it is loaded; a file that breaks one is rejected whole.',
})
export class MembershipRuleInfo {
  @Field(() => String, { description: 'Id named in load errors (e.g. `chair-not-elected`).' })
  id!: string;

  @Field(() => String, { description: 'The rule in words.' })
  statement!: string;
}
