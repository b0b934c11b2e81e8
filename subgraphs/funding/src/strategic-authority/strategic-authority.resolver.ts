import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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
}
