import { comparisonStub, type ComparisonReference } from '../../../kit/compare/comparison-stub';

/** The councils subgraph's `CouncilComparison`, with its group: given the board count. */
export const { CouncilComparison } = comparisonStub();
export type CouncilComparison = ComparisonReference;
