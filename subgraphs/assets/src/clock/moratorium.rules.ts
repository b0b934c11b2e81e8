import { daysBetween, isAfter, isBefore, isWithin, type IsoDate } from './calendar';
import { lastDayBeginningWith } from './period-arithmetic';
import {
  COMMUNITY_RIGHT_TO_BUY_PERIODS,
  COMMUNITY_RIGHT_TO_BUY_SPORTS_GROUND_PERIODS,
  LOCALISM_PERIODS,
  PRICE_BASIS,
  type MoratoriumPeriods,
} from './periods';
import { regimeOn } from './regime';
import { Regime, type ClockSettings, type RuleDate } from './types';

/*
 * The moratorium on disposing of listed land: Localism Act 2011 s.95 (Conditions A to C), s.97
 * (the list must show the ends of the three periods), SI 2012/2421 reg 2(a); and the Community
 * Right to Buy's replacement, whose figures live in periods.ts.
 *
 * Out of scope: the exempt disposals of s.95(5) and Sch. 3 to SI 2012/2421 (gifts, inheritance,
 * going-concern sales, …) and the disposal to a community interest group permitted during the
 * moratorium (s.95(5)(i), reg 13). They decide whether a disposal needs the moratorium at all,
 * not when it ends; callers must not compute a moratorium for an exempt disposal.
 */

export interface MoratoriumInput {
  /**
   * The "relevant date" of s.95(6)(d): the day the local authority RECEIVED the owner's written
   * notice under s.95(2) (not the day the owner sent it).
   */
  notifiedOn: IsoDate;
  /** The day the authority received a community interest group's written request to be treated as a potential bidder, if any. */
  bidRequestedOn?: IsoDate | null;
  /** The land is a sports ground (only the Community Right to Buy has separate rules for these). */
  sportsGround?: boolean;
}

export interface Moratorium {
  /** The regime in force on `notifiedOn`; it governs the whole moratorium. */
  regime: Regime;
  notifiedOn: IsoDate;
  /** First day of the moratorium: the relevant date itself ("beginning with"). */
  startsOn: IsoDate;
  sportsGround: boolean;
  bidRequestedOn: IsoDate | null;
  /** True when the request was received during the interim period (s.95(3)(a)), the only way to trigger the full moratorium. */
  bidRequestInTime: boolean;
  /** Last day of the interim moratorium period (s.95(6)(a)): the last day a group's request counts. */
  interimEndsOn: RuleDate;
  /** Last day of the full moratorium period (s.95(6)(b)), or null when no group asked in time. */
  fullEndsOn: RuleDate | null;
  /** Last day of the protected period (s.95(6)(c)). */
  protectedUntil: RuleDate;
  /** Last day of the moratorium that applies: the full one if triggered, else the interim one. */
  endsOn: RuleDate;
  /** Whether the community group has a right of first refusal (Community Right to Buy only; the Localism Act gives a right to bid, not to buy). */
  rightOfFirstRefusal: boolean;
  /** How the price is fixed, or null when the owner may sell at any price (Localism Act). */
  priceBasis: string | null;
  /** True when any period used is our assumption rather than read in the enacted text (see periods.ts). */
  assumed: boolean;
}

export type MoratoriumStageName = 'interim' | 'full' | 'protected' | 'none';

export interface MoratoriumStage {
  stage: MoratoriumStageName;
  /**
   * Days left in the current window COUNTING `day` ITSELF: 1 on the last day of a window, null
   * when `stage` is 'none'. In 'interim' and 'full' it counts to the end of the moratorium as it
   * stood on `day`; in 'protected' to the end of the protected period.
   */
  daysRemaining: number | null;
  /** Last day of the current window (what `daysRemaining` counts to), or null. */
  endsOn: IsoDate | null;
}

const periodsFor = (regime: Regime, sportsGround: boolean): MoratoriumPeriods => {
  if (regime === Regime.LOCALISM_ACT_2011) return LOCALISM_PERIODS;
  return sportsGround
    ? COMMUNITY_RIGHT_TO_BUY_SPORTS_GROUND_PERIODS
    : COMMUNITY_RIGHT_TO_BUY_PERIODS;
};

/**
 * The moratorium started by a notice received on `notifiedOn`, under the regime in force that
 * day. A bid request counts only when received during the interim period, both ends included:
 * on the interim period's last day it triggers the full moratorium, the day after it does not
 * (s.95(3)(a) "without the local authority having received during that period a written
 * request"). A request dated before the notice is not "during that period" either.
 */
export const moratorium = (input: MoratoriumInput, settings: ClockSettings): Moratorium => {
  const { notifiedOn } = input;
  const sportsGround = input.sportsGround ?? false;
  const bidRequestedOn = input.bidRequestedOn ?? null;
  const regime = regimeOn(notifiedOn, settings);
  const periods = periodsFor(regime, sportsGround);

  const interimEndsOn: RuleDate = {
    date: lastDayBeginningWith(notifiedOn, periods.interimMoratorium),
    rule: periods.interimMoratorium.source,
  };
  const bidRequestInTime =
    bidRequestedOn !== null && isWithin(bidRequestedOn, notifiedOn, interimEndsOn.date);
  const fullEndsOn: RuleDate | null = bidRequestInTime
    ? {
        date: lastDayBeginningWith(notifiedOn, periods.fullMoratorium),
        rule: periods.fullMoratorium.source,
      }
    : null;
  const protectedUntil: RuleDate = {
    date: lastDayBeginningWith(notifiedOn, periods.protectedPeriod),
    rule: periods.protectedPeriod.source,
  };
  const communityRightToBuy = regime === Regime.COMMUNITY_RIGHT_TO_BUY;
  return {
    regime,
    notifiedOn,
    startsOn: notifiedOn,
    sportsGround,
    bidRequestedOn,
    bidRequestInTime,
    interimEndsOn,
    fullEndsOn,
    protectedUntil,
    endsOn: fullEndsOn ?? interimEndsOn,
    rightOfFirstRefusal: communityRightToBuy,
    priceBasis: communityRightToBuy ? PRICE_BASIS.communityRightToBuy : PRICE_BASIS.localismAct2011,
    assumed: [periods.interimMoratorium, periods.fullMoratorium, periods.protectedPeriod].some(
      (period) => period.assumed,
    ),
  };
};

const remaining = (day: IsoDate, endsOn: IsoDate) => daysBetween(day, endsOn) + 1;

/**
 * Which window `day` falls in, as the register stood that day:
 * - before the notice, or after the protected period: 'none';
 * - from the notice to the interim period's last day: 'interim' (the window for requests);
 * - after that, to the full moratorium's last day when one was triggered: 'full';
 * - after the moratorium, to the protected period's last day: 'protected' (the owner may sell
 *   without a new notice, and no new moratorium starts).
 * During 'interim', a bid request received on or before `day` means the full moratorium
 * applies, so `daysRemaining` counts to its end; a request received later is not yet known on
 * `day` and `daysRemaining` counts to the end of the interim period.
 */
export const moratoriumStage = (m: Moratorium, day: IsoDate): MoratoriumStage => {
  if (isBefore(day, m.startsOn)) return { stage: 'none', daysRemaining: null, endsOn: null };
  if (!isAfter(day, m.interimEndsOn.date)) {
    const requestKnown =
      m.bidRequestInTime && m.bidRequestedOn !== null && !isAfter(m.bidRequestedOn, day);
    const endsOn = requestKnown && m.fullEndsOn ? m.fullEndsOn.date : m.interimEndsOn.date;
    return { stage: 'interim', daysRemaining: remaining(day, endsOn), endsOn };
  }
  if (m.fullEndsOn && !isAfter(day, m.fullEndsOn.date))
    return {
      stage: 'full',
      daysRemaining: remaining(day, m.fullEndsOn.date),
      endsOn: m.fullEndsOn.date,
    };
  if (!isAfter(day, m.protectedUntil.date))
    return {
      stage: 'protected',
      daysRemaining: remaining(day, m.protectedUntil.date),
      endsOn: m.protectedUntil.date,
    };
  return { stage: 'none', daysRemaining: null, endsOn: null };
};
