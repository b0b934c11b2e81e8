import type { Kysely } from 'kysely';
import { badUserInput } from '../../../../platform/errors/client-errors';
import type { RequestScope } from '../../../kit/service/module';
import type { CouncilsDatabase } from '../database';
import { comparisonFacts } from './comparison-facts.cache';
import { comparisonId } from './comparison-id';
import type { CouncilComparison } from './comparison.type';
import { PeerMeasure } from './compare.enums';
import { groupOf, type ComparisonKey } from './groups';

export const DEFAULT_PEER_MEASURES = [PeerMeasure.IMD_2025_SCORE, PeerMeasure.POPULATION];
export const DEFAULT_PEERS = 10;
export const MAX_PEERS = 50;

/** The peer arguments, or a 400 naming the one that is wrong. */
export function checkPeerArguments(by: PeerMeasure[], first: number): void {
  if (by.length === 0) throw badUserInput('`by` needs at least one measure', 'by');
  if (new Set(by).size !== by.length) throw badUserInput('`by` names a measure twice', 'by');
  if (!(Number.isInteger(first) && first >= 1 && first <= MAX_PEERS))
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PEERS}; got ${first}`, 'first');
}

/** A comparison of one council: its group from the facts of the request's data version. */
export async function comparisonOf(
  db: Kysely<CouncilsDatabase>,
  scope: RequestScope,
  key: ComparisonKey,
): Promise<CouncilComparison> {
  const group = groupOf(key, await comparisonFacts(db, scope));
  return {
    id: comparisonId(key),
    within: key.within,
    note: group.note,
    councilId: key.councilId,
    memberIds: group.memberIds,
  };
}
