/**
 * Decile of a district's IMD rank of average score among the districts of the edition (1 = most
 * deprived tenth). MHCLG does not publish district deciles: this project computes them, one way
 * everywhere, so that every subgraph that groups by decile agrees with the councils subgraph.
 */
export const decileOf = (rank: number, rankedAmong: number) =>
  Math.max(1, Math.ceil((rank * 10) / rankedAmong));

/** Districts the IMD 2025 ranks (lower-tier districts and unitaries, 2024 boundaries). */
export const IMD_2025_DISTRICTS = 296;
