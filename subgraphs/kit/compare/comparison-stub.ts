import { COMPARISON } from '../../../schema/entities';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** What a subgraph that adds metrics reads of a comparison: its group (from `@requires`). */
export interface ComparisonReference {
  id: string;
  members?: { councilId: string; population: number | null }[];
}

/** The council a comparison is of: the first part of its id (`E08000019:REGION`). */
export const subjectOf = (comparison: ComparisonReference): string => comparison.id.split(':')[0];

/** The field set the metrics of another subgraph `@requires` of the group. */
export const REQUIRES_MEMBERS = '@requires(fields: "members { councilId population }")';

/**
 * The councils subgraph's `CouncilComparison`, by key, with its `members` (`@external`), for a
 * subgraph that adds metrics ranked over the group. Each call makes classes of its own (see
 * `entityStub`). The descriptions repeat the owner's word for word.
 */
export function comparisonStub() {
  @Directive('@external')
  @ObjectType('ComparisonMember', { description: COMPARISON.member })
  class ComparisonMember {
    @Field(() => ID, { description: COMPARISON.memberId })
    councilId!: string;

    @Field(() => Int, { nullable: true, description: COMPARISON.memberPopulation })
    population!: number | null;
  }

  @Directive('@key(fields: "id")')
  @ObjectType('CouncilComparison', { description: COMPARISON.description })
  class CouncilComparison implements ComparisonReference {
    @Field(() => ID, { description: COMPARISON.id })
    id!: string;

    @Directive('@external')
    @Field(() => [ComparisonMember], { description: COMPARISON.members })
    members?: ComparisonMember[];
  }
  return { CouncilComparison, ComparisonMember };
}
