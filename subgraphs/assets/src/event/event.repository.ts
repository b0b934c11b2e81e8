import type { Kysely } from 'kysely';
import type { PageRequest } from '../../../kit/list/connection';
import {
  countOf,
  paged,
  positioned,
  withCursor,
  type ListOrdering,
} from '../../../kit/list/list-query';
import { OrderDirection } from '../../../kit/list/order-direction.enum';
import type { AssetEventRow, AssetsDatabase } from '../database';
import type { AssetEventKind } from './event.enums';
import { ASSET_EVENT_COLUMNS } from './event.table';

type Db = Kysely<AssetsDatabase>;

/** Every event of each asset, oldest first (an asset has a handful). */
export const findEventsByAssetIds = (db: Db, ids: readonly string[]): Promise<AssetEventRow[]> =>
  db
    .selectFrom('asset_event')
    .select(ASSET_EVENT_COLUMNS)
    .where('asset_id', 'in', ids)
    .orderBy('occurred_on')
    .orderBy('id')
    .execute();

export interface EventFeedFilter {
  since?: string;
  kinds?: AssetEventKind[];
}

function feed(db: Db, filter: EventFeedFilter) {
  let q = db.selectFrom('asset_event');
  if (filter.since != null) q = q.where('occurred_on', '>=', filter.since);
  if (filter.kinds?.length) q = q.where('kind', 'in', filter.kinds);
  return q;
}

/** Events in the order they happened (ties by id), from `since`: the change feed. */
/** The feed's one order: the day each event happened, ties by id. */
const BY_DAY = { field: 'occurred_on', direction: OrderDirection.ASC } as const;
const FEED_ORDERING: ListOrdering<AssetsDatabase, 'asset_event', 'occurred_on'> = {
  fields: { occurred_on: { by: 'occurred_on' } },
  tieBreaker: 'id',
};

export const listEvents = async (db: Db, filter: EventFeedFilter, page: PageRequest) =>
  positioned(
    await paged(
      withCursor(feed(db, filter).select(ASSET_EVENT_COLUMNS), FEED_ORDERING, BY_DAY),
      FEED_ORDERING,
      BY_DAY,
      page,
    ).execute(),
    page,
  );

export const countEvents = (db: Db, filter: EventFeedFilter): Promise<number> =>
  countOf(feed(db, filter));
