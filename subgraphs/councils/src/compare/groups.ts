import { Nation } from '../../../kit/types/geography.enums';
import type { ComparisonFacts } from './comparison-facts.repository';
import { Comparison, type PeerMeasure } from './compare.enums';
import { nearestPeers, peerlessReason, tierGroupOf } from './peers';

/** What a comparison is of: a council, a group kind and, for peers, the measures and how many. */
export interface ComparisonKey {
  councilId: string;
  within: Comparison;
  by: PeerMeasure[];
  first: number;
}

/** The group a council is compared within: its members (the council first), or why there are none. */
export interface ComparisonGroup {
  memberIds: string[];
  note: string | null;
}

/** The members of a comparison group, from the facts of every current council. */
export function groupOf(key: ComparisonKey, facts: ComparisonFacts[]): ComparisonGroup {
  const subject = facts.find((council) => council.id === key.councilId);
  if (!subject)
    return {
      memberIds: [],
      note: `${key.councilId} is not a current council: comparisons are among current councils`,
    };
  const sameTier = facts.filter((council) => tierGroupOf(council) === tierGroupOf(subject));
  const withSubjectFirst = (members: ComparisonFacts[]) => ({
    memberIds: [subject.id, ...members.filter((m) => m.id !== subject.id).map((m) => m.id)],
    note: null,
  });
  switch (key.within) {
    case Comparison.ENGLAND:
      if (subject.nation !== Nation.ENGLAND)
        return { memberIds: [subject.id], note: `${subject.name} is not in England` };
      return withSubjectFirst(sameTier.filter((council) => council.nation === Nation.ENGLAND));
    case Comparison.REGION: {
      const region = subject.region ?? subject.nation;
      return withSubjectFirst(
        sameTier.filter((council) => (council.region ?? council.nation) === region),
      );
    }
    case Comparison.STRATEGIC_AUTHORITY:
      if (!subject.strategic_authority_code)
        return {
          memberIds: [subject.id],
          note: `${subject.name} is not a member of a strategic authority in the register`,
        };
      return withSubjectFirst(
        sameTier.filter(
          (council) => council.strategic_authority_code === subject.strategic_authority_code,
        ),
      );
    case Comparison.PEERS: {
      const reason = peerlessReason(subject, key.by);
      if (reason) return { memberIds: [subject.id], note: reason };
      return {
        memberIds: [
          subject.id,
          ...nearestPeers(subject, facts, key.by, key.first).map((p) => p.id),
        ],
        note: null,
      };
    }
  }
}
