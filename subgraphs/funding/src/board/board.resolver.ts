import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { connectionOfList } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { toAllocation } from '../allocation/allocation.mapper';
import { AllocationConnection } from '../allocation/allocation.type';
import type { FundingContext } from '../loaders';
import { NeighbourhoodBoard } from './board.type';

@Resolver(() => NeighbourhoodBoard)
export class BoardAllocationsResolver {
  @FieldResolver(() => AllocationConnection, {
    nullable: true,
    description:
      'The allocations made to this board, by id: today its programme cap (up to £20m over 10 years), with any tranche paid early (from the funding subgraph).',
  })
  async allocations(
    @Root() board: NeighbourhoodBoard,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AllocationConnection> {
    const allocations = (await loaders.allocationsByBoardId.load(board.id)).map(toAllocation);
    return connectionOfList(
      AllocationConnection,
      page,
      await bindCursors(scope, 'NeighbourhoodBoard.allocations', [board.id]),
      allocations,
    );
  }
}
