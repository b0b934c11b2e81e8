import { badUserInput } from '../../../../platform/errors/client-errors';
import { Comparison, PeerMeasure } from './compare.enums';
import type { ComparisonKey } from './groups';

/**
 * A comparison's id: `E08000019:REGION`, or for peers `E08000019:PEERS:IMD_2025_SCORE+POPULATION:10`.
 * Readable, and all the other subgraphs need to know which group is meant.
 */
export const comparisonId = (key: ComparisonKey): string =>
  key.within === Comparison.PEERS
    ? `${key.councilId}:${key.within}:${key.by.join('+')}:${key.first}`
    : `${key.councilId}:${key.within}`;

const isComparison = (value: string): value is Comparison => value in Comparison;
const isMeasure = (value: string): value is PeerMeasure => value in PeerMeasure;

/** The key of a comparison id, or a 400 naming it. */
export function parseComparisonId(id: string): ComparisonKey {
  const [councilId, within, by, first] = id.split(':');
  const measures = by ? by.split('+') : [];
  if (!councilId || !within || !isComparison(within) || !measures.every(isMeasure))
    throw badUserInput(`not a comparison id: ${JSON.stringify(id)}`, 'id');
  return { councilId, within, by: measures.filter(isMeasure), first: Number(first ?? 0) };
}
