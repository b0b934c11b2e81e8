import { metricValueType } from '../../../kit/compare/metric-value.type';

/** This subgraph's metric type (see `metricValueType`). */
export const FundingMetric = metricValueType('FundingMetric', 'in money (the funding subgraph)');
export type FundingMetric = InstanceType<typeof FundingMetric>;
