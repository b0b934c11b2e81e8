import type { AssetEventRow } from '../database';
import type { AssetEvent } from './event.type';

export const toAssetEvent = (row: AssetEventRow): AssetEvent => ({
  id: String(row.id),
  kind: row.kind,
  occurredOn: row.occurred_on,
  detail: row.detail,
  origin: row.origin,
  sourceUrl: row.source_url,
  assetId: row.asset_id,
});
