import { metricValueType } from '../../../kit/compare/metric-value.type';

/** This subgraph's metric type (see `metricValueType`). */
export const AssetMetric = metricValueType(
  'AssetMetric',
  'in Assets of Community Value (the assets subgraph)',
);
export type AssetMetric = InstanceType<typeof AssetMetric>;
