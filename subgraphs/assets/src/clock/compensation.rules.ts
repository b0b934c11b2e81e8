import type { IsoDate } from './calendar';
import { lastDayAfter } from './period-arithmetic';
import { LOCALISM_PERIODS } from './periods';
import { ruleUnderRegime } from './regime-note';
import { DEFAULT_CLOCK_SETTINGS, type ClockSettings, type RuleDate } from './types';

/**
 * Last day for an owner's compensation claim (SI 2012/2421 reg 14(5)(b)): "before the end of
 * thirteen weeks after the loss or expense was incurred or (as the case may be) finished being
 * incurred". Pass the day the loss was incurred, or for a continuing loss the day it finished
 * being incurred (for a moratorium delay claim under reg 14(3)(a), the last day of the interim or
 * full moratorium). "After" excludes that day, so the claim may be made on any day up to and
 * including that day + 91 days. The regulation runs from the loss, not from the end of the
 * moratorium or the day the land ceased to be listed as some council pages say; the Upper
 * Tribunal applied the reg 14(5)(b) limit strictly (Fielder v Harrogate BC [2020] UKUT 288
 * (AAC)).
 */
export const compensationClaimDeadline = (
  lossIncurredOn: IsoDate,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
): RuleDate => ({
  date: lastDayAfter(lossIncurredOn, LOCALISM_PERIODS.compensationClaim),
  rule: ruleUnderRegime(
    lossIncurredOn,
    `${LOCALISM_PERIODS.compensationClaim.source}: last day to claim`,
    settings,
  ),
});
