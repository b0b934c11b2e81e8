import type { ComparisonFacts } from './comparison-facts.repository';
import { PeerMeasure } from './compare.enums';

/** A council near another by the chosen measures. */
export interface Peer {
  id: string;
  distance: number;
  rank: number;
}

/** County councils are compared with each other; every other council with the rest. */
export const tierGroupOf = (facts: Pick<ComparisonFacts, 'tier'>) =>
  facts.tier === 'upper tier' ? 'county' : 'district or unitary';

const NUMERIC: Partial<Record<PeerMeasure, (facts: ComparisonFacts) => number | null>> = {
  [PeerMeasure.IMD_2025_SCORE]: (f) => f.imd_2025_score,
  [PeerMeasure.POPULATION]: (f) =>
    f.population && f.population > 0 ? Math.log(f.population) : null,
  [PeerMeasure.IMD_CHANGE]: (f) =>
    f.imd_2025_rank !== null && f.imd_2019_rank !== null ? f.imd_2025_rank - f.imd_2019_rank : null,
};
const CATEGORICAL: Partial<Record<PeerMeasure, (facts: ComparisonFacts) => string | null>> = {
  [PeerMeasure.REGION]: (f) => f.region ?? f.nation,
  [PeerMeasure.KIND]: (f) => f.kind,
};

/** Why a council has no peers by these measures, or null when it can have them. */
export function peerlessReason(subject: ComparisonFacts, by: PeerMeasure[]): string | null {
  const missing = by.filter((measure) => NUMERIC[measure]?.(subject) === null);
  return missing.length
    ? `${subject.name} has no ${missing.map((m) => m.toLowerCase().replace(/_/g, ' ')).join(' or ')}, so it has no peers by ${by.join(', ')}`
    : null;
}

/**
 * The `first` councils nearest `subject` among the current councils of its tier that have every
 * numeric measure: each numeric measure standardised over those candidates and the subject (mean
 * 0, standard deviation 1), a categorical one adding 1 when it differs; distance is the square
 * root of the sum, ties broken by id. Deterministic: the same facts give the same peers.
 */
export function nearestPeers(
  subject: ComparisonFacts,
  all: ComparisonFacts[],
  by: PeerMeasure[],
  first: number,
): Peer[] {
  if (peerlessReason(subject, by) !== null) return [];
  const numeric = by.flatMap((measure) => NUMERIC[measure] ?? []);
  const categorical = by.flatMap((measure) => CATEGORICAL[measure] ?? []);
  const vectorOf = (council: ComparisonFacts) => numeric.map((value) => value(council));
  const complete = (vector: (number | null)[]): vector is number[] =>
    vector.every((value) => value !== null);
  const pool = all.flatMap((council) => {
    const vector = vectorOf(council);
    return tierGroupOf(council) === tierGroupOf(subject) && complete(vector)
      ? [{ council, vector }]
      : [];
  });
  const own = vectorOf(subject);
  if (!complete(own)) return [];
  const sds = numeric.map((_, i) => {
    const values = pool.map(({ vector }) => vector[i]);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
    return sd || 1;
  });
  return pool
    .filter(({ council }) => council.id !== subject.id)
    .map(({ council, vector }) => {
      const squares =
        vector.reduce((sum, v, i) => sum + ((v - own[i]) / sds[i]) ** 2, 0) +
        categorical.reduce((sum, value) => sum + (value(council) === value(subject) ? 0 : 1), 0);
      return { id: council.id, distance: Math.sqrt(squares) };
    })
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .slice(0, first)
    .map((peer, index) => ({
      ...peer,
      distance: Math.round(peer.distance * 1e4) / 1e4,
      rank: index + 1,
    }));
}
