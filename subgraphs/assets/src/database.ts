import type { Selectable } from 'kysely';
import type { IngestRunTable, RecordHistoryTable } from '../../kit/ingest/tables';
import type { AssetTable } from './asset/asset.table';
import type { CitationTable, RegisterReferenceTable } from './citation.table';
import type { AssetEventTable } from './event/event.table';
import type { ListingAuthorityTable } from './listing-authority/listing-authority.table';
import type {
  AssetMoratoriumTable,
  AssetPeriodTable,
  DerivationTable,
} from './timeline/timeline.table';

/** The `assets` Postgres schema as Kysely sees it. */
export interface AssetsDatabase {
  listing_authority: ListingAuthorityTable;
  citation: CitationTable;
  register_reference: RegisterReferenceTable;
  asset: AssetTable;
  asset_event: AssetEventTable;
  asset_period: AssetPeriodTable;
  asset_moratorium: AssetMoratoriumTable;
  derivation: DerivationTable;
  ingest_run: IngestRunTable;
  record_history: RecordHistoryTable;
}

export const ASSETS_SCHEMA = 'assets';

export type AssetRow = Selectable<AssetTable>;
export type AssetEventRow = Selectable<AssetEventTable>;
export type ListingAuthorityRow = Selectable<ListingAuthorityTable>;
export type CitationRow = Selectable<CitationTable>;
