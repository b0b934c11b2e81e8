import { NeighbourhoodBoardConnection } from '../board/board.type';
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { sortedListConnection } from '../../../kit/list/sorted-rows';
import { PageArgs } from '../../../kit/list/page-args';
import { CouncilBoardFilter, NeighbourhoodBoardOrder } from '../board/board.inputs';
import { BOARD_ORDERING } from '../board/board.sort';
import { toBoard } from '../board/board.mapper';
import type { NeighbourhoodBoardsContext } from '../loaders';
import { Council } from './council.type';

@Resolver(() => Council)
export class CouncilBoardsResolver {
  @FieldResolver(() => NeighbourhoodBoardConnection, {
    nullable: true,
    description:
      'The Pride in Place Neighbourhood Boards this council is the accountable body for (from the neighbourhood-boards subgraph).',
  })
  async neighbourhoodBoards(
    @Root() council: Council,
    @Ctx() { loaders, scope }: NeighbourhoodBoardsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CouncilBoardFilter, {
      nullable: true,
      description: "Conditions every board listed must meet; omit for all the council's boards.",
    })
    filter?: CouncilBoardFilter,
    @Arg('orderBy', () => NeighbourhoodBoardOrder, {
      nullable: true,
      description: 'Defaults to place name, ascending.',
    })
    orderBy?: NeighbourhoodBoardOrder,
  ): Promise<NeighbourhoodBoardConnection> {
    const boards = (await loaders.boardsByCouncilId.load(council.id))
      .map(toBoard)
      .filter(
        (board) =>
          (!filter?.phase?.length || filter.phase.includes(board.phase)) &&
          (!filter?.status?.length || filter.status.includes(board.status)),
      );
    return sortedListConnection(NeighbourhoodBoardConnection, page, scope, {
      list: 'Council.neighbourhoodBoards',
      parts: [council.id, filter],
      rows: boards,
      ordering: BOARD_ORDERING,
      order: orderBy ?? new NeighbourhoodBoardOrder(),
      map: (board) => board,
    });
  }
}
