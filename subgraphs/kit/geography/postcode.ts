/**
 * A UK postcode as people type it ("sw1a1aa", "SW1A 1AA"), or its outward code alone ("SW1A"),
 * in the form the centroid files use: upper case, one space before the inward code.
 */
export type ParsedPostcode =
  | { kind: 'postcode'; postcode: string; outcode: string }
  | { kind: 'outcode'; outcode: string };

// The shapes Royal Mail issues: A9, A99, AA9, AA99, A9A, AA9A, then an inward 9AA.
const OUTCODE = '[A-Z]{1,2}\\d[A-Z\\d]?';
const FULL = new RegExp(`^(${OUTCODE})(\\d[A-Z]{2})$`);
const OUTWARD_ONLY = new RegExp(`^${OUTCODE}$`);

/** The postcode, or null when it is not shaped like one. */
export function parsePostcode(input: string): ParsedPostcode | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  const full = FULL.exec(compact);
  if (full) return { kind: 'postcode', postcode: `${full[1]} ${full[2]}`, outcode: full[1] };
  return OUTWARD_ONLY.test(compact) ? { kind: 'outcode', outcode: compact } : null;
}
