import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../../../../platform/calendar';
import { membersOf, REQUIRES_MEMBERS, subjectOf } from '../../../kit/compare/comparison-stub';
import { metricValue } from '../../../kit/compare/metric';
import { AssetMetric } from './metric.type';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { AssetStatus } from '../asset/asset.enums';
import type { AssetsContext } from '../loaders';
import { CouncilComparison } from './comparison.type';

const AS_OF = { nullable: true, description: 'The day to answer for (default today).' } as const;

/** Per member of the group: its counts on the day, by measure, and its population. */
interface MemberCounts {
  population: number | null;
  count(measure: string): number;
}

/** `numerator / denominator` to two decimals, rounded half up, exactly (whole numbers only). */
function ratio(numerator: number, denominator: number): string {
  const hundredths =
    (2n * 100n * BigInt(numerator) + BigInt(denominator)) / (2n * BigInt(denominator));
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

/** One asset metric of every member of the group, ranked (highest first). */
async function assetMetric(
  comparison: CouncilComparison,
  { loaders }: AssetsContext,
  asOf: string | undefined,
  metric: { unit: string; reason: string; value: (member: MemberCounts) => string | null },
): Promise<AssetMetric> {
  const members = membersOf(comparison);
  const day = asOf ?? today();
  const rows = await loaders.councilSummary(day).loadMany(members.map((m) => m.councilId));
  const values = new Map(
    members.map((member, i) => {
      const found = rows[i];
      const counts = found instanceof Error ? [] : found;
      return [
        member.councilId,
        metric.value({
          population: member.population,
          count: (measure) => counts.find((row) => row.measure === measure)?.count ?? 0,
        }),
      ];
    }),
  );
  return metricValue(
    { values, unit: metric.unit, direction: 'HIGHEST_FIRST', reason: metric.reason },
    subjectOf(comparison),
  );
}

const DESCRIBED = (text: string) => ({
  nullable: true,
  description: `${text} (from the assets subgraph).`,
});

@Resolver(() => CouncilComparison)
export class ComparisonAssetsResolver {
  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => AssetMetric, DESCRIBED('Assets of Community Value listed on the day'))
  assetsListed(
    @Root() comparison: CouncilComparison,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetMetric> {
    return assetMetric(comparison, context, asOf, {
      unit: 'assets',
      reason: '',
      value: (m) => String(m.count(AssetStatus.LISTED)),
    });
  }

  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(
    () => AssetMetric,
    DESCRIBED('Assets listed on the day per 10,000 residents, to two decimals'),
  )
  assetsPer10kResidents(
    @Root() comparison: CouncilComparison,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetMetric> {
    return assetMetric(comparison, context, asOf, {
      unit: 'assets per 10,000 residents',
      reason: 'The register gives this council no population to divide by.',
      value: (m) =>
        m.population ? ratio(m.count(AssetStatus.LISTED) * 10_000, m.population) : null,
    });
  }

  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(
    () => AssetMetric,
    DESCRIBED('Assets bought by a community group, as the register records them on the day'),
  )
  assetsCommunityOwned(
    @Root() comparison: CouncilComparison,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetMetric> {
    return assetMetric(comparison, context, asOf, {
      unit: 'assets',
      reason: '',
      value: (m) => String(m.count(AssetStatus.BOUGHT_BY_COMMUNITY)),
    });
  }

  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(
    () => AssetMetric,
    DESCRIBED(
      'Of the assets sold by the day, the percentage bought by a community group (two decimals)',
    ),
  )
  communityOwnedShare(
    @Root() comparison: CouncilComparison,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetMetric> {
    return assetMetric(comparison, context, asOf, {
      unit: 'percent of sales',
      reason: 'No asset of this council is recorded as sold, to the community or otherwise.',
      value: (m) => {
        const community = m.count(AssetStatus.BOUGHT_BY_COMMUNITY);
        const sales = community + m.count(AssetStatus.SOLD);
        return sales ? ratio(community * 100, sales) : null;
      },
    });
  }

  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(
    () => AssetMetric,
    DESCRIBED('Moratoria begun by the day (notices of intended disposal of listed assets)'),
  )
  moratoriaStarted(
    @Root() comparison: CouncilComparison,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetMetric> {
    return assetMetric(comparison, context, asOf, {
      unit: 'moratoria',
      reason: '',
      value: (m) => String(m.count('moratoria_started')),
    });
  }
}
