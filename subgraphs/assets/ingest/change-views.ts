import { sql } from 'kysely';
import { addedChangedRemoved, type ChangeView } from '../../kit/changes/change-view';

// What an assets load reports to the change feed. Keys of `data` are the API's field names.

const asset: ChangeView = {
  name: 'asset',
  entityType: 'Asset',
  rows: sql`select id as record_key, id as entity_id, council_id, null::text as strategic_authority_id,
    jsonb_build_object('name', name, 'category', upper(category::text), 'address', address,
      'postcode', postcode, 'recordedStatus', upper(recorded_status::text),
      'statusQualifier', status_qualifier, 'ownerName', owner_name,
      'nominatingGroup', nominating_group, 'listingEndsInSource', listing_ends_in_source,
      'councilId', council_id) as data
    from assets.asset`,
  kind: addedChangedRemoved('ASSET_ADDED', 'ASSET_CHANGED', 'ASSET_REMOVED'),
};

/**
 * An asset's latest status as its derived timeline gives it (the last period: its start, and
 * its end when the rules set one, such as a listing's five years), so a listing, a delisting
 * and a sale are reported whichever file recorded them.
 */
const status: ChangeView = {
  name: 'asset_status',
  entityType: 'Asset',
  rows: sql`select distinct on (asset_id) asset_id as record_key, asset_id as entity_id, council_id,
    null::text as strategic_authority_id,
    jsonb_build_object('status', upper(status::text), 'startsOn', starts_on, 'endsOn', ends_on) as data
    from assets.asset_period order by asset_id, starts_on desc nulls last`,
  kind: sql`case
    when a.record_key is null then null
    when b.record_key is null and a.data ->> 'status' <> 'LISTED' then null
    when a.data ->> 'status' = 'LISTED' and b.data ->> 'status' is distinct from 'LISTED' then 'ASSET_LISTED'
    when b.data ->> 'status' = 'LISTED' and a.data ->> 'status' <> 'LISTED' then 'ASSET_DELISTED'
    when b.data ->> 'status' is distinct from a.data ->> 'status' then 'ASSET_STATUS_CHANGED'
    else 'ASSET_STATUS_DATES_CHANGED' end`,
};

const moratorium: ChangeView = {
  name: 'moratorium',
  entityType: 'Asset',
  rows: sql`select asset_id || '|' || notified_on as record_key, asset_id as entity_id, council_id,
    null::text as strategic_authority_id,
    jsonb_build_object('notifiedOn', notified_on, 'regime', regime, 'endsOn', ends_on,
      'protectedUntil', protected_until) as data
    from assets.asset_moratorium`,
  kind: addedChangedRemoved('MORATORIUM_STARTED', 'MORATORIUM_CHANGED', 'MORATORIUM_WITHDRAWN'),
};

const event: ChangeView = {
  name: 'asset_event',
  entityType: 'Asset',
  rows: sql`select e.asset_id || '|' || e.kind || '|' || e.occurred_on || '|' || e.origin as record_key,
    e.asset_id as entity_id, a.council_id, null::text as strategic_authority_id,
    jsonb_build_object('kind', upper(e.kind::text), 'occurredOn', e.occurred_on, 'detail', e.detail,
      'sourceUrl', e.source_url) as data
    from assets.asset_event e join assets.asset a on a.id = e.asset_id`,
  kind: addedChangedRemoved('ASSET_EVENT_RECORDED', 'ASSET_EVENT_CHANGED', 'ASSET_EVENT_WITHDRAWN'),
};

export const assetsChangeViews: ChangeView[] = [asset, status, moratorium, event];
