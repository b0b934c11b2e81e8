import type { IsoDate } from './calendar';

/** A date the law fixes, and the rule (Act and section, or regulation) that fixes it. */
export interface RuleDate {
  date: IsoDate;
  rule: string;
}

/** The law under which an event's dates are computed. */
export enum Regime {
  /** Localism Act 2011 Part 5 Ch. 3 and SI 2012/2421: the "community right to bid". */
  LOCALISM_ACT_2011 = 'localism_act_2011',
  /** English Devolution and Community Empowerment Bill (Sch. 29): the "community right to buy". */
  COMMUNITY_RIGHT_TO_BUY = 'community_right_to_buy',
}

export interface ClockSettings {
  /**
   * The day the Community Right to Buy comes into force, or null while it is not in force (the
   * Bill has no commencement date we could verify; it is configuration, not code).
   */
  communityRightToBuyCommencesOn: IsoDate | null;
}

/** The default: Community Right to Buy not in force. */
export const DEFAULT_CLOCK_SETTINGS: ClockSettings = { communityRightToBuyCommencesOn: null };
