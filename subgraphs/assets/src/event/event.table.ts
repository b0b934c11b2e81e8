import type { Generated } from 'kysely';
import type { LoadedColumns } from '../../../kit/ingest/tables';

/** One dated event in an asset's history (`assets.asset_event`). */
export interface AssetEventTable extends LoadedColumns {
  id: Generated<number>;
  asset_id: string;
  /** An `AssetEventKind` value. */
  kind: string;
  occurred_on: string;
  detail: string | null;
  /** Which file or column the event came from (`events`, `register:date_listed`...). */
  origin: string;
  source_url: string | null;
}
