import { ENTITIES } from '../../../../schema/entities';
import { Node } from '../../../kit/entity/node';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../../kit/list/connection';
import { Money } from '../../../kit/types/money.type';

@ObjectType({
  description: "A programme's headline rules, as its prospectus or statement gives them.",
})
export class ProgrammeRules {
  @Field(() => Money, {
    nullable: true,
    description:
      'The most one place or project can get (e.g. £20m for Pride in Place, £1.5m for the Impact Fund, the usual £250,000 for the Community Ownership Fund).',
  })
  maxPerPlace!: Money | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the money is given (e.g. un-competed, competitive, allocative).',
  })
  fundingType!: string | null;
}

@ObjectType({
  description:
    'How much of a programme this API holds: places or awards expected against records held. Partial lists stay partial: read this before treating a sum as the programme total.',
})
export class ProgrammeCoverage {
  @Field(() => Int, {
    nullable: true,
    description:
      'Places or awards the programme has (e.g. 95 Impact Fund places); null where no count is published.',
  })
  expected!: number | null;

  @Field(() => Int, { description: 'Allocations and grants of the programme this API holds.' })
  held!: number;

  @Field(() => Int, { description: 'Of `held`, those with an amount (some sources give none).' })
  heldWithAmount!: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when every expected place or award is held; null when `expected` is not known.',
  })
  complete!: boolean | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: ENTITIES.Programme.description, implements: Node })
export class Programme {
  @Field(() => ID, { description: ENTITIES.Programme.id })
  id!: string;

  @Field(() => String, { description: 'Name of the programme.' })
  name!: string;

  @Field(() => String, { description: 'Government department that runs it (e.g. `MHCLG`).' })
  department!: string;

  @Field(() => String, {
    description:
      'Where it applies (e.g. `Great Britain (NI gets equivalent funding by a separate route)`).',
  })
  scope!: string;

  @Field(() => ProgrammeRules, { description: 'Headline rules.' })
  rules!: ProgrammeRules;

  @Field(() => Money, { nullable: true, description: 'Total budget, where published.' })
  budget!: Money | null;

  @Field(() => String, {
    nullable: true,
    description: 'Period the money covers, as published (e.g. `10 years`, `Sep 2025 to Mar 2027`).',
  })
  period!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Key dates, as published (announcement, rounds, deadlines).',
  })
  keyDates!: string | null;

  @Field(() => [String], {
    description:
      "Ids of the documents the record relies on, from the data compilers' source register (e.g. `S-PIPIF-PROSPECTUS`).",
  })
  citedDocumentIds!: string[];

  @Field(() => String, { nullable: true, description: 'Notes and caveats on the record.' })
  notes!: string | null;

  // Not exposed: for `coverage`, and resolved through the manifest.
  placesExpected!: number | null;
  sourceId!: string;
  loadedAt!: Date;
}

/** A page of Programme values. */
export const ProgrammeConnection = connectionOf(Programme, 'A page of funding programmes.');
export type ProgrammeConnection = InstanceType<typeof ProgrammeConnection>;
