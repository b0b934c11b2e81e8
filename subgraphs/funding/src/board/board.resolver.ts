import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../../../../platform/calendar';
import { PageArgs } from '../../../kit/list/page-args';
import { sortedListConnection } from '../../../kit/list/sorted-rows';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import type { AllocationOrder } from '../allocation/allocation.inputs';
import { allocationList } from '../allocation/allocation.sort';
import { AllocationConnection } from '../allocation/allocation.type';
import type { GrantOrder } from '../grant/grant.inputs';
import { grantList } from '../grant/grant.sort';
import { GrantConnection } from '../grant/grant.type';
import { AllocationOrderArg, GrantOrderArg } from '../list-args';
import type { FundingContext } from '../loaders';
import { toMoneyTotals, noFunding } from '../totals/totals.mapper';
import { BoardFunding } from '../totals/totals.type';
import { NeighbourhoodBoard } from './board.type';

@Resolver(() => NeighbourhoodBoard)
export class BoardFundingResolver {
  @FieldResolver(() => AllocationConnection, {
    nullable: true,
    description:
      'The allocations made to this board: today its programme cap (up to £20m over 10 years), with any tranche paid early (from the funding subgraph).',
  })
  async allocations(
    @Root() board: NeighbourhoodBoard,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
    @AllocationOrderArg() orderBy?: AllocationOrder,
  ): Promise<AllocationConnection> {
    const rows = await loaders.allocationsByBoardId.load(board.id);
    return sortedListConnection(
      AllocationConnection,
      page,
      scope,
      allocationList('NeighbourhoodBoard.allocations', [board.id], rows, orderBy),
    );
  }

  @FieldResolver(() => BoardFunding, {
    nullable: true,
    description:
      "The board's allocations added up exactly, as of a day (from the funding subgraph).",
  })
  async funding(
    @Root() board: NeighbourhoodBoard,
    @Ctx() { loaders }: FundingContext,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'Count only allocations announced on or before this day; default today.',
    })
    asOf?: string,
  ): Promise<BoardFunding> {
    const day = asOf ?? today();
    const sums = (await loaders.boardFunding(day).load(board.id)) ?? noFunding(null, null);
    return { ...toMoneyTotals(sums), asOf: day };
  }

  @Directive('@requires(fields: "council { id }")')
  @FieldResolver(() => GrantConnection, {
    nullable: true,
    description:
      "Grants benefiting the area of the board's accountable council. Grant records name a council area, not a Pride in Place place, so these are the council's grants, the same as its `funding.grants` (from the funding subgraph).",
  })
  async grants(
    @Root() board: NeighbourhoodBoard,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
    @GrantOrderArg() orderBy?: GrantOrder,
  ): Promise<GrantConnection | null> {
    // Null when the boards subgraph could not say which council (it is down, or has none).
    if (!board.council) return null;
    const rows = await loaders.grantsByCouncilId.load(board.council.id);
    return sortedListConnection(
      GrantConnection,
      page,
      scope,
      grantList('NeighbourhoodBoard.grants', [board.id], rows, orderBy),
    );
  }
}
