import { isBefore, type IsoDate } from './calendar';
import { lastDayAfter, lastDayBeginningWith } from './period-arithmetic';
import { LOCALISM_PERIODS } from './periods';
import { ruleUnderRegime } from './regime-note';
import { DEFAULT_CLOCK_SETTINGS, type ClockSettings, type RuleDate } from './types';

/**
 * Last day on which the council must decide a community nomination: 8 weeks after the day it
 * RECEIVED the nomination (SI 2012/2421 reg 7; the duty to consider is Localism Act 2011 s.90;
 * see periods.ts for why "after"). Received 2024-01-01 → decide by 2024-02-26.
 */
export const decisionDueOn = (
  nominationReceivedOn: IsoDate,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
): RuleDate => ({
  date: lastDayAfter(nominationReceivedOn, LOCALISM_PERIODS.nominationDecision),
  rule: ruleUnderRegime(
    nominationReceivedOn,
    `${LOCALISM_PERIODS.nominationDecision.source}: last day to decide`,
    settings,
  ),
});

/**
 * Last day the entry stands on the list. s.87(3): the entry "is to be removed from the list with
 * effect from the end of the period of 5 years beginning with the date of that entry", so it is
 * listed through the day before the fifth anniversary (2021-05-19 → 2026-05-18, the councils'
 * "5 years less a day") and is off the list from the next day. An entry made on 29 Feb has no
 * fifth anniversary (unless 5 years on is a leap year, which it never is): the period ends at
 * the end of 28 Feb (see calendar.ts). Earlier removal (s.87(3) "unless…", reg 2(c): successful
 * appeal, land no longer of community value) is an event, not a clock, and is not computed here.
 */
export const listingEndsOn = (
  listedOn: IsoDate,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
): RuleDate => ({
  date: lastDayBeginningWith(listedOn, LOCALISM_PERIODS.listing),
  rule: ruleUnderRegime(listedOn, `${LOCALISM_PERIODS.listing.source}: last day listed`, settings),
});

/** The name for the same date: the listing expires at the end of this day. */
export const listingExpiresOn = listingEndsOn;

/**
 * Last day for the owner to ask for a listing review: 8 weeks beginning with the day the written
 * notice of listing under s.91(2) was given (s.92, SI 2012/2421 reg 10 and Sch. 2 para 1). The
 * authority may allow a longer period in writing: pass it as `allowedUntil` (it only ever
 * lengthens the period).
 */
export const reviewRequestDeadline = (
  listingNoticeGivenOn: IsoDate,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
  allowedUntil: IsoDate | null = null,
): RuleDate => {
  const statutory = lastDayBeginningWith(listingNoticeGivenOn, LOCALISM_PERIODS.reviewRequest);
  if (allowedUntil !== null && isBefore(statutory, allowedUntil))
    return {
      date: allowedUntil,
      rule: ruleUnderRegime(
        listingNoticeGivenOn,
        'SI 2012/2421 Sch. 2 para 1: longer period allowed in writing by the authority: last day to request a review',
        settings,
      ),
    };
  return {
    date: statutory,
    rule: ruleUnderRegime(
      listingNoticeGivenOn,
      `${LOCALISM_PERIODS.reviewRequest.source}: last day to request a review`,
      settings,
    ),
  };
};

/**
 * Last day for the authority to complete a listing review: 8 weeks beginning with the day it
 * received the request (SI 2012/2421 reg 10, Sch. 2), or a longer period agreed in writing with
 * the owner (`agreedUntil`, which only ever lengthens it).
 */
export const reviewDecisionDueOn = (
  reviewRequestReceivedOn: IsoDate,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
  agreedUntil: IsoDate | null = null,
): RuleDate => {
  const statutory = lastDayBeginningWith(reviewRequestReceivedOn, LOCALISM_PERIODS.reviewDecision);
  if (agreedUntil !== null && isBefore(statutory, agreedUntil))
    return {
      date: agreedUntil,
      rule: ruleUnderRegime(
        reviewRequestReceivedOn,
        'SI 2012/2421 Sch. 2: longer period agreed in writing between the authority and the owner: last day to complete the review',
        settings,
      ),
    };
  return {
    date: statutory,
    rule: ruleUnderRegime(
      reviewRequestReceivedOn,
      `${LOCALISM_PERIODS.reviewDecision.source}: last day to complete the review`,
      settings,
    ),
  };
};
