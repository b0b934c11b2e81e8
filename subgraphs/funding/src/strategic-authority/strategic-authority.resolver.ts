import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { connectionOfList } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { toAllocation } from '../allocation/allocation.mapper';
import { AllocationConnection } from '../allocation/allocation.type';
import type { FundingContext } from '../loaders';
import { StrategicAuthority } from './strategic-authority.type';

@Resolver(() => StrategicAuthority)
export class StrategicAuthorityAllocationsResolver {
  @FieldResolver(() => AllocationConnection, {
    nullable: true,
    description:
      'The allocations made to this authority, by id (from the funding subgraph). None of the loaded files has any yet.',
  })
  async allocations(
    @Root() authority: StrategicAuthority,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AllocationConnection> {
    const allocations = (await loaders.allocationsByStrategicAuthorityId.load(authority.id)).map(
      toAllocation,
    );
    return connectionOfList(
      AllocationConnection,
      page,
      await bindCursors(scope, 'StrategicAuthority.allocations', [authority.id]),
      allocations,
    );
  }
}
