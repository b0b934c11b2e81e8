import type { Generated } from 'kysely';
import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { AssetEventKind } from './event.enums';

/** One dated event in an asset's history (`assets.asset_event`). */
export interface AssetEventTable extends LoadedColumns {
  id: Generated<number>;
  asset_id: string;
  /** An `AssetEventKind` value. */
  kind: AssetEventKind;
  occurred_on: string;
  detail: string | null;
  /** Which file or column the event came from (`events`, `register:date_listed`...). */
  origin: string;
  source_url: string | null;
}

/**
 * What `toAssetEvent` maps (all the clocks and the loaders read too); not `source_id`,
 * `valid_from` or `loaded_by_run`: an event says where it comes from by its own `origin` and
 * `source_url`, and no field returns how it was loaded.
 */
export const ASSET_EVENT_COLUMNS = [
  'id',
  'asset_id',
  'kind',
  'occurred_on',
  'detail',
  'origin',
  'source_url',
] as const satisfies readonly (keyof AssetEventTable)[];
