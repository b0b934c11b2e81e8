import {
  authorityComparisonStub,
  type ComparisonReference,
} from '../../../kit/compare/comparison-stub';

/** The councils subgraph's `AuthorityComparison`, with the authorities: given money per head. */
export const { AuthorityComparison } = authorityComparisonStub();
export type AuthorityComparison = ComparisonReference;
