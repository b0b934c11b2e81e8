import {
  lastDayOfMonthsBeginningWith,
  lastDayOfWeeksAfter,
  lastDayOfWeeksBeginningWith,
  type IsoDate,
} from './calendar';
import type { Period } from './periods';

/** Last day of `period` beginning with (including) `start`. */
export const lastDayBeginningWith = (start: IsoDate, period: Period): IsoDate =>
  period.unit === 'weeks'
    ? lastDayOfWeeksBeginningWith(start, period.amount)
    : lastDayOfMonthsBeginningWith(start, period.amount);

/** Last day of `period` after (excluding) `start`. Only weeks occur in the rules that say "after". */
export const lastDayAfter = (start: IsoDate, period: Period): IsoDate => {
  if (period.unit !== 'weeks') throw new RangeError('Only week periods are counted "after" a day');
  return lastDayOfWeeksAfter(start, period.amount);
};
