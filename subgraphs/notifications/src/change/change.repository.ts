import type { Kysely, Selectable } from 'kysely';
import type { NotificationsDatabase } from '../database';
import type { ChangeTable } from './change.table';
import { matchesValues, type StoredFilter } from './change-match';

export type ChangeRow = Selectable<ChangeTable>;

/**
 * The changes after `after` (a sequence number) that match `filter`, in sequence order, `limit`
 * of them: keyset paging on the primary key, so a page costs an index range scan however long
 * the feed has grown.
 */
export function listChanges(
  db: Kysely<NotificationsDatabase>,
  filter: StoredFilter,
  after: string,
  limit: number,
): Promise<ChangeRow[]> {
  return db
    .selectFrom('change as c')
    .selectAll('c')
    .where('c.seq', '>', after)
    .where(matchesValues(filter))
    .orderBy('c.seq')
    .limit(limit)
    .execute();
}
