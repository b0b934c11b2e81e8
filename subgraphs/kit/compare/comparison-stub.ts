import { AUTHORITY_COMPARISON, COMPARISON } from '../../../schema/entities';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A member of a comparison group, as the subgraphs that rank over it read it. */
export interface GroupMember {
  councilId: string;
  population: number | null;
}

/** What a subgraph that adds metrics reads of a comparison: its group (from `@requires`). */
export interface ComparisonReference {
  id: string;
  memberFacts?: string;
}

/** The council a comparison is of: the first part of its id (`E08000019:REGION`). */
export const subjectOf = (comparison: ComparisonReference): string => comparison.id.split(':')[0];

/**
 * The field set the metrics of another subgraph `@requires` of the group: one text field rather
 * than `members { councilId population }`, because a hundred comparisons of forty members each
 * cost the gateway 8,000 fields to gather and send again, most of a metrics request's time.
 */
export const REQUIRES_MEMBERS = '@requires(fields: "memberFacts")';

/** `memberFacts` as the councils subgraph writes it. */
export const writeMemberFacts = (members: readonly GroupMember[]): string =>
  JSON.stringify(members.map((m) => [m.councilId, m.population]));

/** The group's members from `memberFacts`; an error names what is wrong (it is our own field). */
export function membersOf(comparison: ComparisonReference): GroupMember[] {
  // Without it the field forgot its @requires: ranking over nobody would look like an answer.
  if (comparison.memberFacts === undefined)
    throw new Error(`memberFacts of ${comparison.id} was not sent: the field lacks @requires`);
  const parsed: unknown = JSON.parse(comparison.memberFacts);
  if (!Array.isArray(parsed)) throw new Error(`memberFacts of ${comparison.id} is not a list`);
  return parsed.map((entry: unknown) => {
    if (
      !Array.isArray(entry) ||
      typeof entry[0] !== 'string' ||
      !(entry[1] === null || typeof entry[1] === 'number')
    )
      throw new Error(`memberFacts of ${comparison.id} holds ${JSON.stringify(entry)}`);
    return { councilId: entry[0], population: entry[1] as number | null };
  });
}

/**
 * The councils subgraph's `CouncilComparison`, by key, with its `memberFacts` (`@external`), for
 * a subgraph that adds metrics ranked over the group. Each call makes a class of its own (see
 * `entityStub`). The descriptions repeat the owner's word for word.
 */
export function comparisonStub() {
  @Directive('@key(fields: "id")')
  @ObjectType('CouncilComparison', { description: COMPARISON.description })
  class CouncilComparison implements ComparisonReference {
    @Field(() => ID, { description: COMPARISON.id })
    id!: string;

    // Hidden from the public schema by its owner's @inaccessible (an external field takes none).
    @Directive('@external')
    @Field(() => String, { description: COMPARISON.memberFacts })
    memberFacts?: string;
  }
  return { CouncilComparison };
}

/**
 * The councils subgraph's `AuthorityComparison` (a strategic authority among all of them), by
 * key, with its `memberFacts` (the authorities and their residents), for a subgraph that ranks
 * its own figures over them.
 */
export function authorityComparisonStub() {
  @Directive('@key(fields: "id")')
  @ObjectType('AuthorityComparison', { description: AUTHORITY_COMPARISON.description })
  class AuthorityComparison implements ComparisonReference {
    @Field(() => ID, { description: AUTHORITY_COMPARISON.id })
    id!: string;

    @Directive('@external')
    @Field(() => String, { description: COMPARISON.memberFacts })
    memberFacts?: string;
  }
  return { AuthorityComparison };
}
