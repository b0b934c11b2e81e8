import { badUserInput } from '../../../platform/errors/client-errors';

const MAX_SEARCH_LENGTH = 100;

/** Rejects a blank or over-long `…Contains` filter, naming the argument. */
export function checkContainsFilter(value: string | null | undefined, argument: string): void {
  if (value === undefined || value === null) return;
  const length = value.trim().length;
  if (length < 1 || length > MAX_SEARCH_LENGTH) {
    throw badUserInput(
      `\`${argument}\` must be 1 to ${MAX_SEARCH_LENGTH} characters; got ${length}`,
      argument,
    );
  }
}

/** An ILIKE pattern matching `text` anywhere, with the user's `%`, `_` and `\` taken literally. */
export const containsPattern = (text: string): string =>
  `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
