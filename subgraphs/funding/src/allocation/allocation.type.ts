import { ENTITIES } from '../../../../schema/entities';
import { Node } from '../../../kit/entity/node';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Confidence } from '../../../kit/types/confidence.enum';
import { connectionOf } from '../../../kit/list/connection';
import { Money } from '../../../kit/types/money.type';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { AllocationBasis, CapitalOrRevenue, RecipientKind } from './allocation.enums';

@ObjectType({ description: 'A part of an allocation paid or determined for one financial year.' })
export class AllocationTranche {
  @Field(() => String, { description: 'Financial year (April to March), e.g. `2025-26`.' })
  financialYear!: string;

  @Field(() => Money, {
    description: 'Amount of the tranche; part of the allocation, not in addition to it.',
  })
  amount!: Money;

  @Field(() => String, {
    description: 'What the tranche is (e.g. capital paid under a grant determination).',
  })
  note!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: ENTITIES.Allocation.description, implements: Node })
export class Allocation {
  @Field(() => ID, { description: ENTITIES.Allocation.id })
  id!: string;

  @Field(() => RecipientKind, { description: 'Who the allocation is made to.' })
  recipientKind!: RecipientKind;

  @Field(() => String, { description: 'The recipient as the source names it.' })
  recipientName!: string;

  @Field(() => Money, {
    nullable: true,
    description:
      'The amount: confirmed, or the cap (see `kind`). Null where the source gives no figure.',
  })
  amount!: Money | null;

  @Field(() => AllocationBasis, {
    description: 'Whether `amount` is confirmed or only an "up to" cap.',
  })
  kind!: AllocationBasis;

  @Field(() => CapitalOrRevenue, {
    nullable: true,
    description: 'Capital or revenue, where known.',
  })
  capitalOrRevenue!: CapitalOrRevenue | null;

  @Field(() => [String], {
    description:
      'Financial years the money covers (e.g. `2025-26`, `2026-27`); empty where no schedule is published.',
  })
  financialYears!: string[];

  @Field(() => Int, { nullable: true, description: 'Years the money is spread over, where known.' })
  periodYears!: number | null;

  @Field(() => [AllocationTranche], {
    description: 'Parts paid or determined for a given year, where known.',
  })
  tranches!: AllocationTranche[];

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Date the allocation (or the place) was announced.',
  })
  announcedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Financial year of `announcedOn` (e.g. `2025-26`).',
  })
  financialYear!: string | null;

  @Field(() => Confidence, { description: 'How far the allocation can be trusted.' })
  trust!: Confidence;

  @Field(() => String, { description: 'The verification note of the source file, as written.' })
  verification!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the allocation was read (e.g. Annex A of a grant determination).',
  })
  evidence!: string | null;

  @Field(() => [String], {
    description:
      "Ids of the documents the record relies on, from the data compilers' source register (e.g. `S-PIPIF-DETERMINATION`).",
  })
  citedDocumentIds!: string[];

  @Field(() => String, { nullable: true, description: 'Notes on the record.' })
  notes!: string | null;

  // Not exposed: keys to related records.
  programmeId!: string;
  councilId!: string | null;
  strategicAuthorityId!: string | null;
  boardId!: string | null;
  sourceId!: string;
  loadedAt!: Date;
}

/** A page of Allocation values. */
export const AllocationConnection = connectionOf(Allocation, 'A page of allocations.');
export type AllocationConnection = InstanceType<typeof AllocationConnection>;
