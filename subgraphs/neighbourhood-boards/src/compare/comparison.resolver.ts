import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { membersOf, REQUIRES_MEMBERS, subjectOf } from '../../../kit/compare/comparison-stub';
import { metricValue } from '../../../kit/compare/metric';
import { BoardMetric } from './metric.type';
import type { NeighbourhoodBoardsContext } from '../loaders';
import { CouncilComparison } from './comparison.type';

@Resolver(() => CouncilComparison)
export class ComparisonBoardsResolver {
  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => BoardMetric, {
    nullable: true,
    description:
      'Pride in Place Neighbourhood Boards the council is the accountable body for (from the neighbourhood-boards subgraph).',
  })
  async boards(
    @Root() comparison: CouncilComparison,
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
  ): Promise<BoardMetric> {
    const members = membersOf(comparison);
    const boards = await loaders.boardsByCouncilId.loadMany(members.map((m) => m.councilId));
    const values = new Map(
      members.map((member, i) => {
        const found = boards[i];
        return [member.councilId, String(found instanceof Error ? 0 : found.length)];
      }),
    );
    return metricValue(
      { values, unit: 'boards', direction: 'HIGHEST_FIRST', reason: '' },
      subjectOf(comparison),
    );
  }
}
