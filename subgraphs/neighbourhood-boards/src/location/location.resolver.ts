import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { toBoard } from '../board/board.mapper';
import { NeighbourhoodBoard } from '../board/board.type';
import type { NeighbourhoodBoardsContext } from '../loaders';
import { Location } from './location.type';

@Resolver(() => Location)
export class LocationBoardsResolver {
  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => [NeighbourhoodBoard], {
    nullable: true,
    description:
      'The Pride in Place Neighbourhood Boards of the councils whose areas hold the point, by place name: the boards those councils are accountable for, not only a board whose place holds the point (no place boundary is published as data) (from the neighbourhood-boards subgraph).',
  })
  async neighbourhoodBoards(
    @Root() location: Location,
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
  ): Promise<NeighbourhoodBoard[] | null> {
    if (!location.councils) return null;
    const boards = await loaders.boardsByCouncilId.loadMany(location.councils.map((c) => c.id));
    return boards
      .flatMap((rows) => (rows instanceof Error ? [] : rows))
      .map(toBoard)
      .sort((a, b) => (a.placeName < b.placeName ? -1 : a.placeName > b.placeName ? 1 : 0));
  }
}
