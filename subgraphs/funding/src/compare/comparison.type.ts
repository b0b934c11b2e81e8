import { comparisonStub, type ComparisonReference } from '../../../kit/compare/comparison-stub';

/** The councils subgraph's `CouncilComparison`, with its group: given the money metrics. */
export const { CouncilComparison } = comparisonStub();
export type CouncilComparison = ComparisonReference;
