import { metricValueType } from '../../../kit/compare/metric-value.type';

/** This subgraph's metric type (see `metricValueType`). */
export const BoardMetric = metricValueType(
  'BoardMetric',
  'in Neighbourhood Boards (the neighbourhood-boards subgraph)',
);
export type BoardMetric = InstanceType<typeof BoardMetric>;
