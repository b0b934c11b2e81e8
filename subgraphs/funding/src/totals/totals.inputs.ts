import { Field, ID, InputType } from 'type-graphql';
import { AllocationBasis } from '../allocation/allocation.enums';
import { FundingRecordType } from './totals.enums';

@InputType({
  description: 'Narrows the money `fundingTotals` adds up; all given conditions must hold.',
})
export class FundingTotalsFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only these programmes (an empty list sets no condition).',
  })
  programmeId?: string[];

  @Field(() => [AllocationBasis], {
    nullable: true,
    description:
      'Only confirmed amounts, or only caps; grants are confirmed (an empty list sets no condition).',
  })
  kind?: AllocationBasis[];

  @Field(() => [FundingRecordType], {
    nullable: true,
    description: 'Only allocations, or only grants (an empty list sets no condition).',
  })
  recordType?: FundingRecordType[];

  @Field(() => ID, { nullable: true, description: 'Only money for this council (GSS code).' })
  councilId?: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only money for the member councils of these strategic authorities (register codes, e.g. `GMCA`; an empty list sets no condition).',
  })
  strategicAuthorityId?: string[];
}
