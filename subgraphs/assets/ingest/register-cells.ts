import { z } from 'zod';
import { isIsoDate } from '../../../platform/calendar';
import { blankToNull } from '../../kit/ingest/cells';

export type DateOrder = 'iso' | 'day-month-year' | 'month-day-year';

const DATE_SHAPES: Record<
  DateOrder,
  { pattern: RegExp; example: string; parts: [number, number, number] }
> = {
  // [year, month, day] positions in the match
  iso: { pattern: /^(\d{4})-(\d{2})-(\d{2})/, example: '2016-03-15', parts: [1, 2, 3] },
  'day-month-year': {
    pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})/,
    example: '15/03/2016',
    parts: [3, 2, 1],
  },
  'month-day-year': {
    pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})/,
    example: '03/15/2016',
    parts: [3, 1, 2],
  },
};

/**
 * A date in a council's own layout, to ISO. A time after the date (Socrata writes
 * `03/15/2016 12:00:00 AM`) is dropped; a day that does not exist is an error, never rolled over.
 */
export const optionalRegisterDate = (order: DateOrder) =>
  z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .transform((value, ctx) => {
        const shape = DATE_SHAPES[order];
        const match = shape.pattern.exec(value);
        if (!match) {
          ctx.addIssue({ code: 'custom', message: `must be a date like ${shape.example}` });
          return z.NEVER;
        }
        const [y, m, d] = shape.parts.map((i) => Number(match[i]));
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (!isIsoDate(iso)) {
          ctx.addIssue({
            code: 'custom',
            message: `is not a real calendar date (${shape.example} layout)`,
          });
          return z.NEVER;
        }
        return iso;
      })
      .nullable(),
  );

/**
 * A point as registers write it: WKT `POINT(lon lat)` (planning.data.gov.uk) or Socrata's
 * `(lat, lon)`; the result is always latitude first.
 */
export const optionalPoint = () =>
  z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .transform((value, ctx) => {
        const wkt = /^POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/i.exec(value);
        if (wkt) return { latitude: Number(wkt[2]), longitude: Number(wkt[1]) };
        const pair = /^\(\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)$/.exec(value);
        if (pair) return { latitude: Number(pair[1]), longitude: Number(pair[2]) };
        ctx.addIssue({
          code: 'custom',
          message: 'must be POINT(longitude latitude) or (latitude, longitude)',
        });
        return z.NEVER;
      })
      .nullable(),
  );
