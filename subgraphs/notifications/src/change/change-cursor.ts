import { badUserInput } from '../../../../platform/errors/client-errors';

// A position in the change feed: the sequence number of the last change read. Unlike the other
// lists' cursors it is bound to no data version: the feed only grows, so a position stays valid
// across every later load (that is what a poller keeps between runs).

const PREFIX = 'chg1:';

export const encodeChangeCursor = (seq: string): string =>
  Buffer.from(`${PREFIX}${seq}`).toString('base64url');

/** The sequence number a cursor stands for; a 400 naming the argument when it is not one. */
export function decodeChangeCursor(cursor: string, argument: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = text.slice(PREFIX.length);
  if (!text.startsWith(PREFIX) || !/^\d{1,18}$/.test(seq))
    throw badUserInput(
      `\`${argument}\` is not a cursor of the change feed: pass \`pageInfo.endCursor\` of an earlier \`changes\` page`,
      argument,
    );
  return seq;
}

/** The position before the first change. */
export const START = '0';
