import { rankOrder, type MetricValue } from './metric-value.type';
import { standing, type Direction } from './rank';

/** One metric over a comparison group: each member's exact value, or null. */
export interface GroupMetric {
  /** By council id, every member of the group (the subject too). */
  values: ReadonlyMap<string, string | null>;
  unit: string;
  direction: Direction;
  /** Why the subject has no value, when it has none. */
  reason: string;
}

/** The subject's value and its standing in the group, as every subgraph answers it. */
export function metricValue(metric: GroupMetric, subject: string): MetricValue {
  const numbers = new Map(
    [...metric.values].map(([id, value]) => [id, value === null ? null : Number(value)]),
  );
  const place = standing(numbers, subject, metric.direction);
  const value = metric.values.get(subject) ?? null;
  return {
    value,
    reason: value === null ? metric.reason : null,
    unit: metric.unit,
    order: rankOrder(metric.direction),
    ...place,
  };
}
