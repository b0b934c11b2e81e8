/**
 * How long the graph's lists can be: part of the public contract beside the SDL (the gateway and
 * every subgraph measure a query's cost with it, `platform/limits/query-cost.ts`). Imports
 * nothing, so every room may read it.
 */

/** The page of a paged list (`first`) when not given, and the largest page served. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * Lists without paging arguments, with the most items the cost estimate assumes each holds.
 * They are short by nature; each figure is above the largest in the data (in brackets) so that
 * an accepted query's estimate bounds what it really fetches. A list field not named here is
 * assumed to hold `UNPAGED_LIST_DEFAULT_SIZE`. Keyed `Type.field`.
 */
const UNPAGED_LIST_SIZES: Readonly<Record<string, number>> = {
  /** Member councils of a combined authority or the GLA (GLA: 33 boroughs). */
  'StrategicAuthority.members': 50,
  /** Districts of a county council (Essex, Kent, Lancashire: 12). */
  'Council.districts': 25,
  /** Councils merged into or replaced by a council (a new unitary replaces up to 7). */
  'Council.predecessors': 25,
  'Council.successors': 25,
  /** One per edition of the Indices of Deprivation (2). */
  'Council.deprivation': 5,
  /** Events of one asset (12 in a million-asset synthetic register). */
  'Asset.events': 50,
  'Asset.citations': 20,
  /** Status changes of one board (4 at most in the fixtures). */
  'NeighbourhoodBoard.statusHistory': 10,
  'NeighbourhoodBoard.citations': 20,
  'Allocation.tranches': 10,
  'Grant.assetLinks': 20,
  'CouncilFunding.byProgramme': 50,
  /** Grouped by council at most (470 councils in the register). */
  'Query.fundingTotals': 500,
  'Query.membershipRules': 20,
  /** At most MAX_PAGE_SIZE ids (`nodes`). */
  'Query.nodes': 100,
};

/** The assumed length of a list not in `UNPAGED_LIST_SIZES`. */
const UNPAGED_LIST_DEFAULT_SIZE = 50;

/** The graph's list sizing, in the shape `platform/limits/query-cost.ts` reads (`ListSizing`). */
export const LIST_SIZING = {
  defaultPageSize: DEFAULT_PAGE_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
  unpaged: UNPAGED_LIST_SIZES,
  unpagedDefault: UNPAGED_LIST_DEFAULT_SIZE,
};
