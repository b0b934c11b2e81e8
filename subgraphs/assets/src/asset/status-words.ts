import { AssetStatus } from './asset.enums';

/**
 * The status words of the compiled records and council registers, longest first so that a
 * phrase wins over its first word. A word not here is rejected by the importer: a new word needs a
 * decision about what it means, not a guess.
 */
const STATUS_WORDS: [string, AssetStatus][] = (
  [
    ['approved but not entered on list', AssetStatus.NOMINATED],
    ['bought by community', AssetStatus.BOUGHT_BY_COMMUNITY],
    ['community owned', AssetStatus.BOUGHT_BY_COMMUNITY],
    ['not listed', AssetStatus.UNSUCCESSFUL],
    ['proposed', AssetStatus.PROPOSED],
    ['nominated', AssetStatus.NOMINATED],
    ['listed', AssetStatus.LISTED],
    ['unsuccessful', AssetStatus.UNSUCCESSFUL],
    ['rejected', AssetStatus.UNSUCCESSFUL],
    ['removed', AssetStatus.REMOVED],
    ['expired', AssetStatus.EXPIRED],
    ['sold', AssetStatus.SOLD],
  ] as [string, AssetStatus][]
).sort(([a], [b]) => b.length - a.length);

export const knownStatusWords = STATUS_WORDS.map(([word]) => word);

export interface ParsedStatus {
  status: AssetStatus;
  /** What the source wrote beside the word, without the brackets; null when nothing. */
  qualifier: string | null;
}

/**
 * `expired (presumed; 5-year term)` → EXPIRED, `presumed; 5-year term`. A phrase such as
 * `approved but not entered on list` keeps itself as the qualifier, since the status alone
 * would lose what happened.
 */
export function parseStatus(text: string): ParsedStatus | null {
  const cell = text.trim();
  const lower = cell.toLowerCase();
  const match = STATUS_WORDS.find(
    ([word]) =>
      lower === word || (lower.startsWith(word) && /^[\s(,;:]/.test(lower.slice(word.length))),
  );
  if (!match) return null;
  const [word, status] = match;
  let rest = cell
    .slice(word.length)
    .trim()
    .replace(/^[,;:]\s*/, '');
  if (rest.startsWith('(') && rest.endsWith(')') && !rest.slice(1, -1).includes(')'))
    rest = rest.slice(1, -1).trim();
  const qualifier = word.includes(' ') && status === AssetStatus.NOMINATED ? cell : rest || null;
  return { status, qualifier };
}
