import { Arg, Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { today } from '../../../../platform/calendar';
import { membersOf, REQUIRES_MEMBERS, subjectOf } from '../../../kit/compare/comparison-stub';
import { metricValue } from '../../../kit/compare/metric';
import { FundingMetric } from './metric.type';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import type { FundingContext } from '../loaders';
import type { MemberFundingRow } from './comparison-funding.repository';
import { CouncilComparison } from './comparison.type';

const AS_OF = {
  nullable: true,
  description: 'Count only money announced or awarded on or before this day; default today.',
} as const;
const PROGRAMME = {
  nullable: true,
  description: 'Only this programme (e.g. `PIPIF`); omit for every programme.',
} as const;

const NO_POPULATION = 'The register gives this council no population to divide by.';

/** One per-head figure of every member of the group, ranked (highest first). */
async function perHead(
  comparison: CouncilComparison,
  { loaders }: FundingContext,
  { asOf, programmeId }: { asOf?: string; programmeId?: string },
  pick: (row: MemberFundingRow) => string | null,
): Promise<FundingMetric> {
  const members = membersOf(comparison);
  const rows = await loaders
    .memberFunding({ asOf: asOf ?? today(), programmeId: programmeId ?? null })
    .loadMany(members);
  const values = new Map(
    members.map((member, i) => {
      const row = rows[i];
      return [member.councilId, row && !(row instanceof Error) ? pick(row) : null];
    }),
  );
  return metricValue(
    { values, unit: 'GBP per resident', direction: 'HIGHEST_FIRST', reason: NO_POPULATION },
    subjectOf(comparison),
  );
}

@Resolver(() => CouncilComparison)
export class ComparisonFundingResolver {
  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => FundingMetric, {
    nullable: true,
    description:
      'All money for the council per resident: allocations to it and its boards (caps included) and grants benefiting its area, exact to the penny (from the funding subgraph).',
  })
  fundingPerHead(
    @Root() comparison: CouncilComparison,
    @Ctx() context: FundingContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
    @Arg('programmeId', () => ID, PROGRAMME) programmeId?: string,
  ): Promise<FundingMetric> {
    return perHead(comparison, context, { asOf, programmeId }, (row) => row.total_per_head);
  }

  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => FundingMetric, {
    nullable: true,
    description:
      'Confirmed money per resident (caps left out): confirmed allocations and grants (from the funding subgraph).',
  })
  confirmedFundingPerHead(
    @Root() comparison: CouncilComparison,
    @Ctx() context: FundingContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
    @Arg('programmeId', () => ID, PROGRAMME) programmeId?: string,
  ): Promise<FundingMetric> {
    return perHead(comparison, context, { asOf, programmeId }, (row) => row.confirmed_per_head);
  }

  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => FundingMetric, {
    nullable: true,
    description:
      "Allocations to the council's Neighbourhood Boards per resident of the council (from the funding subgraph).",
  })
  boardFundingPerHead(
    @Root() comparison: CouncilComparison,
    @Ctx() context: FundingContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<FundingMetric> {
    return perHead(comparison, context, { asOf }, (row) => row.board_per_head);
  }
}
