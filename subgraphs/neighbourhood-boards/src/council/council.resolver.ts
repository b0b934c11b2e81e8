import { NeighbourhoodBoardConnection } from '../board/board.type';
import { bindCursors } from '../../../kit/list/cursors';
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionOfList } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { CouncilBoardFilter } from '../board/board.inputs';
import { toBoard } from '../board/board.mapper';
import type { NeighbourhoodBoardsContext } from '../loaders';
import { Council } from './council.type';

@Resolver(() => Council)
export class CouncilBoardsResolver {
  @FieldResolver(() => NeighbourhoodBoardConnection, {
    nullable: true,
    description:
      'The Pride in Place Neighbourhood Boards this council is the accountable body for, by place name (from the neighbourhood-boards subgraph).',
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
  ): Promise<NeighbourhoodBoardConnection> {
    const boards = (await loaders.boardsByCouncilId.load(council.id))
      .map(toBoard)
      .filter(
        (board) =>
          (!filter?.phase?.length || filter.phase.includes(board.phase)) &&
          (!filter?.status?.length || filter.status.includes(board.status)),
      );
    return connectionOfList(
      NeighbourhoodBoardConnection,
      page,
      await bindCursors(scope, 'Council.neighbourhoodBoards', [council.id, filter]),
      boards,
    );
  }
}
