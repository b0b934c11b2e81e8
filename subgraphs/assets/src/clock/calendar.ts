import { daysInMonth, isIsoDate, isLeapYear } from '../../../../platform/calendar';

/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Statutory periods are counted in whole calendar days, so nothing here touches `Date`, time
 * zones or clocks: a date is converted to a day number (days since 1970-01-01 in the proleptic
 * Gregorian calendar) and back with integer arithmetic only.
 *
 * How a period "beginning with" a day is counted (used by every rule in this folder):
 *
 * - "Beginning with" includes that day (Zoan v Rouamba [2000] 1 WLR 1509, CA; the same reading
 *   the councils use: "expiry 5 years less a day"). So the LAST day of a period of N weeks
 *   beginning with D is D + 7N - 1: 6 weeks beginning with 2024-01-01 ends 2024-02-11.
 * - A period of N months (or years) beginning with D runs up to, but not including, the
 *   corresponding date N months later, so its last day is the day before that date:
 *   5 years beginning with 2021-05-19 ends 2026-05-18. "Month" means calendar month
 *   (Interpretation Act 1978, s.5 and Sch. 1).
 * - When the corresponding date does not exist (31 Aug + 6 months: there is no 31 Feb; 29 Feb
 *   2020 + 5 years: there is no 29 Feb 2025) the period ends at the end of the last day of the
 *   target month (28/29 Feb). This follows the "corresponding date" rule of Dodds v Walker
 *   [1981] 1 WLR 1027, HL, which ends a month-period on the last day of the month when the
 *   corresponding date is missing. The alternative (clamp to 28 Feb, then subtract a day to
 *   27 Feb) would cut a day off the N calendar months Parliament gave: a period beginning with
 *   31 Jan would end on 27 Feb, the same day as one beginning with 28 Jan. We reject it.
 * - A period of N weeks AFTER D excludes D, so its last day is D + 7N.
 */

// The calendar's own facts live in platform/calendar.ts, shared with the importers.
export { daysInMonth, isIsoDate, isLeapYear };

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

interface Ymd {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const parse = (date: IsoDate): Ymd => {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
};

const pad = (value: number, width: number) => String(value).padStart(width, '0');

const format = ({ year, month, day }: Ymd): IsoDate =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil, integer only). */
export const toDayNumber = (date: IsoDate): number => {
  const { year, month, day } = parse(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

/** Inverse of `toDayNumber` (civil_from_days). */
export const fromDayNumber = (dayNumber: number): IsoDate => {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day });
};

export const addDays = (date: IsoDate, days: number): IsoDate =>
  fromDayNumber(toDayNumber(date) + days);

/** `to - from` in days (positive when `to` is later). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  toDayNumber(to) - toDayNumber(from);

/** Negative, zero or positive as `a` is before, on or after `b`. */
export const compareDates = (a: IsoDate, b: IsoDate): number => toDayNumber(a) - toDayNumber(b);

export const isBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) < 0;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;

/** `start <= date <= end`, all inclusive. */
export const isWithin = (date: IsoDate, start: IsoDate, end: IsoDate): boolean =>
  !isBefore(date, start) && !isAfter(date, end);

/** Last day of the period of `weeks` weeks beginning with (including) `start`. */
export const lastDayOfWeeksBeginningWith = (start: IsoDate, weeks: number): IsoDate =>
  addDays(start, weeks * 7 - 1);

/** Last day of the period of `weeks` weeks after (excluding) `start`. */
export const lastDayOfWeeksAfter = (start: IsoDate, weeks: number): IsoDate =>
  addDays(start, weeks * 7);

/**
 * Last day of the period of `months` calendar months beginning with (including) `start`: the day
 * before the corresponding date, or the last day of the target month when that month has no
 * corresponding date (see the file comment).
 */
export const lastDayOfMonthsBeginningWith = (start: IsoDate, months: number): IsoDate => {
  if (!Number.isInteger(months) || months < 1)
    throw new RangeError(`A period needs a whole, positive number of months: ${months}`);
  const { year, month, day } = parse(start);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastOfTarget = daysInMonth(targetYear, targetMonth);
  if (day > lastOfTarget)
    return format({ year: targetYear, month: targetMonth, day: lastOfTarget });
  return addDays(format({ year: targetYear, month: targetMonth, day }), -1);
};

/** Last day of the period of `years` years beginning with (including) `start`. */
export const lastDayOfYearsBeginningWith = (start: IsoDate, years: number): IsoDate =>
  lastDayOfMonthsBeginningWith(start, years * 12);
