import { createHash } from 'node:crypto';
import { badUserInput } from '../../../platform/errors/client-errors';

/**
 * Where a page starts or ends in its list: the sort value and the unique key of a row (keyset:
 * the next page is "after this row", which no insertion or deletion can shift), or the position
 * in a short list held in memory.
 */
export type CursorPosition = { sort: string | number | null; key: string } | { index: number };

/**
 * What a cursor is bound to: the list it was issued for (its field, the parent it hangs from and
 * its arguments), the order, and the data version of the subgraph that issued it. A cursor used
 * with another list, another order, or after a load has changed the data is refused, so a client
 * never pages on in a list that is not the one it started.
 */
export interface CursorBinding {
  list: string;
  order: string;
  version: string;
}

const PREFIX = 'c2:';

/** A short, stable digest of a list's identity (its name, parent and arguments). */
export function listIdentity(name: string, ...parts: unknown[]): string {
  const digest = createHash('sha256')
    .update(JSON.stringify(parts))
    .digest('base64url')
    .slice(0, 12);
  return `${name}:${digest}`;
}

export function encodeCursor(binding: CursorBinding, position: CursorPosition): string {
  const payload = JSON.stringify([binding.list, binding.order, binding.version, position]);
  return Buffer.from(`${PREFIX}${payload}`).toString('base64url');
}

const isPosition = (value: unknown): value is CursorPosition => {
  if (typeof value !== 'object' || value === null) return false;
  if ('index' in value) return Number.isSafeInteger(value.index) && Number(value.index) >= 0;
  if (!('key' in value) || !('sort' in value) || typeof value.key !== 'string') return false;
  return value.sort === null || typeof value.sort === 'string' || typeof value.sort === 'number';
};

/**
 * The position a cursor carries, once it is shown to belong to `binding`; a 400 naming the
 * argument and what is wrong otherwise.
 */
export function decodeCursor(
  cursor: string,
  binding: CursorBinding,
  argument: 'after' | 'before',
): CursorPosition {
  const refuse = (why: string) => badUserInput(`\`${argument}\` ${why}`, argument);
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  let parsed: unknown;
  try {
    parsed = text.startsWith(PREFIX) ? JSON.parse(text.slice(PREFIX.length)) : null;
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || !isPosition(parsed[3]))
    throw refuse(`is not a cursor issued by this API: "${cursor}"`);
  const [list, order, version, position] = parsed as [unknown, unknown, unknown, CursorPosition];
  if (list !== binding.list)
    throw refuse(
      'is a cursor of another list (another field, parent or filter): use one this list gave',
    );
  if (order !== binding.order)
    throw refuse(
      `is a cursor of another order (${String(order)}, not ${binding.order}): keep the order the cursor was issued for`,
    );
  if (version !== binding.version)
    throw refuse(
      'was issued before the data changed (a load has run since): start again from the first page',
    );
  return position;
}
