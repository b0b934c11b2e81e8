import { COMPARISON } from '../../../../schema/entities';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Council } from '../council/council.type';
import { Comparison } from './compare.enums';

@ObjectType({ description: 'A council near another by the chosen measures.' })
export class CouncilPeer {
  @Field(() => Council, { description: 'The peer.' })
  council!: Council;

  @Field(() => Float, {
    description: 'Standardised distance (0 = identical on every measure), four decimals.',
  })
  distance!: number;

  @Field(() => Int, { description: '1 for the nearest.' })
  rank!: number;
}

@ObjectType({ description: COMPARISON.member })
export class ComparisonMember {
  @Field(() => ID, { description: COMPARISON.memberId })
  councilId!: string;

  @Field(() => Int, { nullable: true, description: COMPARISON.memberPopulation })
  population!: number | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: COMPARISON.description })
export class CouncilComparison {
  @Field(() => ID, { description: COMPARISON.id })
  id!: string;

  @Field(() => Comparison, { description: 'Which group.' })
  within!: Comparison;

  @Field(() => String, {
    nullable: true,
    description: 'Why the group holds only the council, when it does (e.g. not in England).',
  })
  note!: string | null;

  // Not exposed: resolved by the field resolvers.
  councilId!: string;
  memberIds!: string[];
}
