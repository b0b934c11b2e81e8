import { metricValueType } from '../../../kit/compare/metric-value.type';

/** This subgraph's metric type (see `metricValueType`). */
export const MetricValue = metricValueType(
  'MetricValue',
  'from its own facts (the councils subgraph)',
);
export type MetricValue = InstanceType<typeof MetricValue>;
