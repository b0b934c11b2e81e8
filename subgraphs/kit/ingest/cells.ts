import { z } from 'zod';
import { isIsoDate } from '../../../platform/calendar';
import { exactPounds, POUNDS } from '../types/money';

/**
 * zod schemas for CSV cells. CSV has no null: an empty cell means "not known" and becomes null
 * for the optional kinds, and is an error for the required ones.
 */
export const blankToNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

export const text = () => z.string().trim().min(1, 'must not be empty');
export const optionalText = () => z.preprocess(blankToNull, z.string().trim().nullable());

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = () =>
  z
    .string()
    .trim()
    .regex(ISO_DATE, 'must be a date as YYYY-MM-DD')
    .refine(isIsoDate, 'is not a real calendar date');
export const optionalIsoDate = () => z.preprocess(blankToNull, isoDate().nullable());

export const decimal = () =>
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'must be a number')
    .transform(Number);
export const optionalDecimal = () => z.preprocess(blankToNull, decimal().nullable());

/** Whole numbers; tolerates the `.0` that pandas writes for integer columns with gaps. */
export const integer = () =>
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.0+)?$/, 'must be a whole number')
    .transform((value) => Number.parseInt(value, 10));
export const optionalInteger = () => z.preprocess(blankToNull, integer().nullable());
export const positiveInteger = () => integer().refine((n) => n > 0, 'must be greater than 0');

export const booleanWord = () =>
  z
    .enum(['True', 'False'], { errorMap: () => ({ message: 'must be True or False' }) })
    .transform((v) => v === 'True');

/** ONS GSS code: a letter for the nation, two digits for the entity type, six for the area. */
export const gssCode = () =>
  z
    .string()
    .trim()
    .regex(/^[EWSNK]\d{8}$/, 'must be a 9-character ONS GSS code like E08000019');
export const optionalGssCode = () => z.preprocess(blankToNull, gssCode().nullable());

/** A list in one cell, split on `separator`, blanks dropped. */
export const list = (separator: string) =>
  z.string().transform((value) =>
    value
      .split(separator)
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

/** One of a fixed set of values, with an error that lists them. */
export const oneOf = <Values extends readonly [string, ...string[]]>(values: Values) =>
  z.enum(values as unknown as [string, ...string[]], {
    errorMap: () => ({ message: `must be one of: ${values.join(', ')}` }),
  }) as unknown as z.ZodType<Values[number], z.ZodTypeDef, string>;

export const optionalOneOf = <Values extends readonly [string, ...string[]]>(values: Values) =>
  z.preprocess(blankToNull, oneOf(values).nullable());

/** The values of a TypeScript string enum, for `oneOf`. */
export const enumValues = <E extends Record<string, string>>(e: E) =>
  Object.values(e) as unknown as readonly [E[keyof E], ...E[keyof E][]];

/** A stable identifier of lower-case words joined by hyphens (`p1-accrington`). */
export const slug = () =>
  z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');
export const optionalSlug = () => z.preprocess(blankToNull, slug().nullable());

/** An amount in pounds, at most 12 whole digits (the columns are numeric(14,2)), kept exact. */
export const pounds = () =>
  z
    .string()
    .trim()
    .regex(
      POUNDS,
      'must be an amount in pounds below £1 trillion with at most 2 decimal places, like 20000000 or 1500.50',
    )
    .transform(exactPounds);
export const optionalPounds = () => z.preprocess(blankToNull, pounds().nullable());

/** An http(s) address. */
export const webAddress = () =>
  z
    .string()
    .trim()
    .url('must be a web address')
    .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://');
export const optionalWebAddress = () => z.preprocess(blankToNull, webAddress().nullable());

/** An optional cell that must match `pattern` when filled; `example` goes in the message. */
export const optionalPattern = (pattern: RegExp, example: string) =>
  z.preprocess(
    blankToNull,
    z.string().trim().regex(pattern, `must look like ${example}`).nullable(),
  );
