import { isBefore, isIsoDate, type IsoDate } from './calendar';
import { Regime, type ClockSettings } from './types';

/**
 * Chapter 3 of Part 5 of the Localism Act 2011 came into force in England on 21 September 2012
 * (Localism Act 2011 (Commencement No. 1) (England) Order 2012), the same day as SI 2012/2421.
 * Events before that day had no statutory clock; callers may use this to say so.
 */
export const ACV_SCHEME_COMMENCED_ON: IsoDate = '2012-09-21';

/**
 * The regime in force on `day`. Each event follows the law of its own day: a disposal notice
 * received the day before commencement runs its whole course under the Localism Act, one
 * received on the commencement day itself under the Community Right to Buy (an enactment in
 * force "on" a day is in force for the whole of that day: Interpretation Act 1978 s.4).
 * A null commencement date means the Community Right to Buy is never in force.
 */
export const regimeOn = (day: IsoDate, settings: ClockSettings): Regime => {
  const commencesOn = settings.communityRightToBuyCommencesOn;
  if (commencesOn === null) return Regime.LOCALISM_ACT_2011;
  if (!isIsoDate(commencesOn))
    throw new RangeError(`communityRightToBuyCommencesOn is not a date: ${String(commencesOn)}`);
  return isBefore(day, commencesOn) ? Regime.LOCALISM_ACT_2011 : Regime.COMMUNITY_RIGHT_TO_BUY;
};
