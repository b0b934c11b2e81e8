import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Direction } from './rank';

export enum RankOrder {
  HIGHEST_FIRST = 'HIGHEST_FIRST',
  LOWEST_FIRST = 'LOWEST_FIRST',
}

registerEnumType(RankOrder, {
  name: 'RankOrder',
  description: 'Which end of a metric rank 1 is.',
  valuesConfig: {
    HIGHEST_FIRST: { description: 'Rank 1 has the highest value (money per head, assets).' },
    LOWEST_FIRST: { description: 'Rank 1 has the lowest value (an IMD rank: 1 is most deprived).' },
  },
});

/** One metric of a council and where it stands in its comparison group. */
export interface MetricValue {
  value: string | null;
  reason: string | null;
  unit: string;
  order: RankOrder;
  rank: number | null;
  of: number;
  percentile: number | null;
  decile: number | null;
  median: number | null;
}

/**
 * The GraphQL type of a subgraph's metrics (`MetricValue`, `FundingMetric`...): one per
 * subgraph, all of the same shape. One shared type would be cleaner, but Hive Gateway's query
 * planner refuses a value type that fields of several subgraphs return through `@requires`
 * ("Multiple canonical definitions"), and the supergraph must serve on both gateways.
 */
export function metricValueType(name: string, from: string): new () => MetricValue {
  @ObjectType(name, {
    description: `One metric of a council ${from} and where it stands in its comparison group: rank (ties share the best rank), how many of the group have a value, percentile, decile and the group's median. The method is the same in every subgraph (docs/research.md).`,
  })
  class Metric implements MetricValue {
    @Field(() => String, {
      nullable: true,
      description:
        'The value as an exact decimal string (`"12.34"`; counts have no decimals); null when it cannot be computed, with `reason`.',
    })
    value!: string | null;

    @Field(() => String, { nullable: true, description: 'Why `value` is null, in words.' })
    reason!: string | null;

    @Field(() => String, {
      description:
        'What the value counts or measures (`GBP per resident`, `assets`, `IMD 2025 rank`).',
    })
    unit!: string;

    @Field(() => RankOrder, { description: 'Which end of the metric rank 1 is.' })
    order!: RankOrder;

    @Field(() => Int, {
      nullable: true,
      description: 'Rank in the group (1 = first); null without a value.',
    })
    rank!: number | null;

    @Field(() => Int, { description: 'How many councils of the group have a value.' })
    of!: number;

    @Field(() => Float, {
      nullable: true,
      description:
        'The share of the rest of the group this council is ahead of or level with, 0 to 100.',
    })
    percentile!: number | null;

    @Field(() => Int, {
      nullable: true,
      description:
        'Decile in the group from the rank: 1 is the first tenth (`ceil(10 × rank ÷ of)`).',
    })
    decile!: number | null;

    @Field(() => Float, {
      nullable: true,
      description: "The median of the group's values (for charts; `value` is the exact one).",
    })
    median!: number | null;
  }
  return Metric;
}

/** The `RankOrder` of a `Direction` (the same two words). */
export const rankOrder = (direction: Direction): RankOrder => RankOrder[direction];
