import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { FundingGroupBy } from '../totals/totals.enums';
import { toFundingTotal } from '../totals/totals.mapper';
import { FundingTotal } from '../totals/totals.type';
import { PageArgs } from '../../../kit/list/page-args';
import { AllocationConnection } from '../allocation/allocation.type';
import { sortedListConnection } from '../../../kit/list/sorted-rows';
import type { AllocationOrder } from '../allocation/allocation.inputs';
import { allocationList } from '../allocation/allocation.sort';
import { AllocationOrderArg } from '../list-args';
import type { FundingContext } from '../loaders';
import { StrategicAuthority } from './strategic-authority.type';

@Resolver(() => StrategicAuthority)
export class StrategicAuthorityAllocationsResolver {
  @FieldResolver(() => AllocationConnection, {
    nullable: true,
    description:
      'The allocations made to this authority (from the funding subgraph). None of the loaded files has any yet.',
  })
  async allocations(
    @Root() authority: StrategicAuthority,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
    @AllocationOrderArg() orderBy?: AllocationOrder,
  ): Promise<AllocationConnection> {
    const rows = await loaders.allocationsByStrategicAuthorityId.load(authority.id);
    return sortedListConnection(
      AllocationConnection,
      page,
      scope,
      allocationList('StrategicAuthority.allocations', [authority.id], rows, orderBy),
    );
  }

  @FieldResolver(() => FundingTotal, {
    nullable: true,
    description:
      "The money of its member councils and their boards (from the funding subgraph), per resident of its current districts and unitaries: `fundingTotals(groupBy: STRATEGIC_AUTHORITY)`'s group for it. Null when none is recorded. Allocations to the authority itself are in `allocations`.",
  })
  async funding(
    @Root() authority: StrategicAuthority,
    @Ctx() { loaders }: FundingContext,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description:
        'Count only records announced or awarded on or before this day (undated ones count); omit to count every record.',
    })
    asOf?: string,
  ): Promise<FundingTotal | null> {
    const row = (await loaders.authorityFunding(asOf)).get(authority.id);
    return row ? toFundingTotal(row, [FundingGroupBy.STRATEGIC_AUTHORITY]) : null;
  }
}
