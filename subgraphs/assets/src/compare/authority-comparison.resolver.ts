import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../../../../platform/calendar';
import { membersOf, REQUIRES_MEMBERS } from '../../../kit/compare/comparison-stub';
import { metricValue } from '../../../kit/compare/metric';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import type { AssetsContext } from '../loaders';
import type { AssetTotalRow } from '../totals/totals.repository';
import { AuthorityComparison } from './authority-comparison.type';
import { AssetMetric } from './metric.type';

const AS_OF = { nullable: true, description: 'The day to answer for (default today).' } as const;

/** One asset figure of every authority compared (an authority with no assets counts 0), ranked. */
async function authorityAssets(
  comparison: AuthorityComparison,
  { loaders }: AssetsContext,
  asOf: string | undefined,
  metric: { unit: string; value: (row: AssetTotalRow | undefined) => string | null },
): Promise<AssetMetric> {
  const rows = await loaders.authorityAssets(asOf ?? today());
  const values = new Map(
    membersOf(comparison).map(({ councilId: authority }) => [
      authority,
      metric.value(rows.get(authority)),
    ]),
  );
  return metricValue(
    {
      values,
      unit: metric.unit,
      direction: 'HIGHEST_FIRST',
      reason: 'The authority has no current member council with a population.',
    },
    comparison.id,
  );
}

@Resolver(() => AuthorityComparison)
export class AuthorityComparisonAssetsResolver {
  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => AssetMetric, {
    nullable: true,
    description:
      'Assets of Community Value listed on the day in its member councils, ranked among the authorities (from the assets subgraph).',
  })
  assetsListed(
    @Root() comparison: AuthorityComparison,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetMetric> {
    return authorityAssets(comparison, context, asOf, {
      unit: 'assets',
      value: (row) => String(row?.listed ?? 0),
    });
  }

  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => AssetMetric, {
    nullable: true,
    description:
      'Assets on record in its member councils per 10,000 of its residents, to two decimals, ranked among the authorities (from the assets subgraph).',
  })
  assetsPer10kResidents(
    @Root() comparison: AuthorityComparison,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetMetric> {
    return authorityAssets(comparison, context, asOf, {
      unit: 'assets per 10,000 residents',
      value: (row) => (row ? row.assets_per_10k : '0.00'),
    });
  }

  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => AssetMetric, {
    nullable: true,
    description:
      'Moratoria begun by the day in its member councils, ranked among the authorities (from the assets subgraph).',
  })
  moratoriaStarted(
    @Root() comparison: AuthorityComparison,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetMetric> {
    return authorityAssets(comparison, context, asOf, {
      unit: 'moratoria',
      value: (row) => String(row?.moratoria_started ?? 0),
    });
  }
}
