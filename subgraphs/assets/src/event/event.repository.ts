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
  /** Only events of assets on this council's lists (GSS code). */
  councilId?: string;
  /** Only events of assets on the lists of these authorities' member councils. */
  strategicAuthorityId?: string;
}

function feed(db: Db, filter: EventFeedFilter) {
  let q = db.selectFrom('asset_event');
  if (filter.since != null) q = q.where('occurred_on', '>=', filter.since);
  if (filter.kinds?.length) q = q.where('kind', 'in', filter.kinds);
  const { councilId, strategicAuthorityId } = filter;
  if (councilId != null)
    q = q.where('asset_id', 'in', (eb) =>
      eb.selectFrom('asset').select('asset.id').where('asset.council_id', '=', councilId),
    );
  if (strategicAuthorityId != null)
    q = q.where('asset_id', 'in', (eb) =>
      eb
        .selectFrom('asset')
        .innerJoin('listing_authority', 'listing_authority.gss_code', 'asset.council_id')
        .select('asset.id')
        .where('listing_authority.strategic_authority_id', '=', strategicAuthorityId),
    );
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
