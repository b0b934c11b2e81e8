import type { IsoDate } from './calendar';
import { regimeOn } from './regime';
import { DEFAULT_CLOCK_SETTINGS, Regime, type ClockSettings } from './types';

/**
 * The listing, review and compensation periods are those of the Localism Act 2011 and SI
 * 2012/2421. The sources we read on the Community Right to Buy change the moratorium, the price
 * and who buys, not these periods. So under that regime we ASSUME they carry over unchanged,
 * and the rule says so.
 */
export const ruleUnderRegime = (
  day: IsoDate,
  rule: string,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
): string =>
  regimeOn(day, settings) === Regime.COMMUNITY_RIGHT_TO_BUY
    ? `${rule} (Community Right to Buy in force: period ASSUMED unchanged by the English Devolution and Community Empowerment Bill)`
    : rule;
