import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../../../../platform/calendar';
import { membersOf, REQUIRES_MEMBERS } from '../../../kit/compare/comparison-stub';
import { metricValue } from '../../../kit/compare/metric';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import type { FundingContext } from '../loaders';
import type { FundingTotalRow } from '../totals/totals.repository';
import { AuthorityComparison } from './authority-comparison.type';
import { FundingMetric } from './metric.type';

const AS_OF = {
  nullable: true,
  description: 'Count only money announced or awarded on or before this day; default today.',
} as const;

/** One per-head figure of every authority compared (0.00 with residents and no money), ranked. */
async function authorityPerHead(
  comparison: AuthorityComparison,
  { loaders }: FundingContext,
  asOf: string | undefined,
  pick: (row: FundingTotalRow) => string | null,
): Promise<FundingMetric> {
  const rows = await loaders.authorityFunding(asOf ?? today());
  const values = new Map(
    membersOf(comparison).map(({ councilId: authority }) => {
      const row = rows.get(authority);
      return [authority, row ? pick(row) : '0.00'];
    }),
  );
  return metricValue(
    {
      values,
      unit: 'GBP per resident',
      direction: 'HIGHEST_FIRST',
      reason: 'The authority has no current member council with a population.',
    },
    comparison.id,
  );
}

@Resolver(() => AuthorityComparison)
export class AuthorityComparisonFundingResolver {
  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => FundingMetric, {
    nullable: true,
    description:
      'All money for its member councils and their boards per resident (caps included), exact to the penny, ranked among the authorities (from the funding subgraph).',
  })
  fundingPerHead(
    @Root() comparison: AuthorityComparison,
    @Ctx() context: FundingContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<FundingMetric> {
    return authorityPerHead(comparison, context, asOf, (row) => row.total_per_head);
  }

  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => FundingMetric, {
    nullable: true,
    description:
      'Confirmed money per resident (caps left out), ranked among the authorities (from the funding subgraph).',
  })
  confirmedFundingPerHead(
    @Root() comparison: AuthorityComparison,
    @Ctx() context: FundingContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<FundingMetric> {
    return authorityPerHead(comparison, context, asOf, (row) => row.confirmed_per_head);
  }
}
