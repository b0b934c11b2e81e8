import { Field, ID, InputType } from 'type-graphql';
import { orderInput } from '../../../kit/list/order.input';
import { AllocationBasis, AllocationOrderField, RecipientKind } from './allocation.enums';

@InputType({ description: 'Narrows a list of allocations; all given conditions must hold.' })
export class AllocationFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only allocations of this programme (e.g. `PIPIF`).',
  })
  programmeId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "Only allocations for this council (GSS code), including its boards' allocations.",
  })
  councilId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only allocations to this Neighbourhood Board (e.g. `p1-accrington`).',
  })
  boardId?: string;

  @Field(() => [AllocationBasis], {
    nullable: true,
    description: 'Only confirmed amounts, or only caps (an empty list sets no condition).',
  })
  kind?: AllocationBasis[];

  @Field(() => [RecipientKind], {
    nullable: true,
    description: 'Only allocations to these kinds of recipient (an empty list sets no condition).',
  })
  recipientKind?: RecipientKind[];
}

export const AllocationOrder = orderInput(
  'AllocationOrder',
  AllocationOrderField,
  AllocationOrderField.ID,
  'allocations',
);
export type AllocationOrder = InstanceType<typeof AllocationOrder>;
