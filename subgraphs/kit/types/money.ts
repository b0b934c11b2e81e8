const DECIMAL = /^-?\d+(\.\d+)?$/;

/** What the API takes as an amount in pounds: at most 12 whole digits (numeric(14,2)), 2 places. */
export const POUNDS = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * An amount in pounds as exact decimal text with two places (`20000000` → `20000000.00`),
 * never through a float. It is the form Postgres prints numeric(_, 2) in, so a value read from a
 * file compares equal to the stored one, and what clients get is what was stored.
 */
export function exactPounds(text: string): string {
  if (!DECIMAL.test(text)) throw new Error(`Not a decimal amount: "${text}"`);
  const [whole, fraction = ''] = text.split('.');
  if (/[^0]/.test(fraction.slice(2))) throw new Error(`Amount has fractions of a penny: "${text}"`);
  const sign = whole.startsWith('-') ? '-' : '';
  return `${sign}${BigInt(whole.replace('-', ''))}.${fraction.slice(0, 2).padEnd(2, '0')}`;
}
