/**
 * Where one council stands in a group on one metric: the method every subgraph uses, so a rank
 * means the same in all of them. Values are compared as numbers (exact decimals are ranked by
 * their numeric value; they are shown exactly). Councils without a value are left out of `of`.
 */
export interface Standing {
  /** 1 is the first in the metric's order (see `Direction`); ties share the best rank. */
  rank: number | null;
  /** How many councils of the group have a value. */
  of: number;
  /** The share of the others the council is ahead of or level with, 0 to 100, one decimal. */
  percentile: number | null;
  /** 1 (first tenth) to 10, from the rank: `ceil(10 * rank / of)`. */
  decile: number | null;
  /** The median of the group's values (the mean of the middle two for an even count). */
  median: number | null;
}

/** Whether rank 1 is the highest value (money per head) or the lowest (an IMD rank, 1 = most deprived). */
export type Direction = 'HIGHEST_FIRST' | 'LOWEST_FIRST';

export function standing(
  values: ReadonlyMap<string, number | null>,
  subject: string,
  direction: Direction,
): Standing {
  const known = [...values.values()].filter((value): value is number => value !== null);
  const sorted = [...known].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length === 0
      ? null
      : sorted.length % 2
        ? sorted[Math.floor(middle)]
        : (sorted[middle - 1] + sorted[middle]) / 2;
  const own = values.get(subject) ?? null;
  if (own === null) return { rank: null, of: known.length, percentile: null, decile: null, median };
  const ahead = known.filter((value) =>
    direction === 'HIGHEST_FIRST' ? value > own : value < own,
  );
  const rank = ahead.length + 1;
  const behindOrLevel = known.length - ahead.length - 1;
  return {
    rank,
    of: known.length,
    percentile:
      known.length > 1 ? Math.round((1000 * behindOrLevel) / (known.length - 1)) / 10 : 100,
    decile: Math.min(10, Math.ceil((10 * rank) / known.length)),
    median,
  };
}
