import type {
  AuthorityDevolutionTable,
  CouncilDeprivationTable,
} from '../../kit/compare/group-facts.table';
import type { Selectable } from 'kysely';
import type { PostcodeCentroidTable } from '../../kit/geography/centroid.table';
import type { IngestRunTable, RecordHistoryTable } from '../../kit/ingest/tables';
import type { ASSET_COLUMNS, AssetTable } from './asset/asset.table';
import type { CITATION_COLUMNS, CitationTable, RegisterReferenceTable } from './citation.table';
import type { ASSET_EVENT_COLUMNS, AssetEventTable } from './event/event.table';
import type {
  LISTING_AUTHORITY_COLUMNS,
  ListingAuthorityTable,
} from './listing-authority/listing-authority.table';
import type {
  ASSET_PERIOD_COLUMNS,
  AssetMoratoriumTable,
  AssetPeriodTable,
  DerivationTable,
} from './timeline/timeline.table';

/** The `assets` Postgres schema as Kysely sees it. */
export interface AssetsDatabase {
  listing_authority: ListingAuthorityTable;
  council_deprivation: CouncilDeprivationTable;
  authority_devolution: AuthorityDevolutionTable;
  citation: CitationTable;
  register_reference: RegisterReferenceTable;
  asset: AssetTable;
  asset_event: AssetEventTable;
  asset_period: AssetPeriodTable;
  asset_moratorium: AssetMoratoriumTable;
  derivation: DerivationTable;
  postcode_centroid: PostcodeCentroidTable;
  ingest_run: IngestRunTable;
  record_history: RecordHistoryTable;
}

export const ASSETS_SCHEMA = 'assets';

// What the repositories select (not `*`): the columns the mappers, resolvers and loaders read.
export type AssetRow = Pick<Selectable<AssetTable>, (typeof ASSET_COLUMNS)[number]>;
export type AssetEventRow = Pick<Selectable<AssetEventTable>, (typeof ASSET_EVENT_COLUMNS)[number]>;
export type AssetPeriodRow = Pick<
  Selectable<AssetPeriodTable>,
  (typeof ASSET_PERIOD_COLUMNS)[number]
>;
export type ListingAuthorityRow = Pick<
  Selectable<ListingAuthorityTable>,
  (typeof LISTING_AUTHORITY_COLUMNS)[number]
>;
export type CitationRow = Pick<Selectable<CitationTable>, (typeof CITATION_COLUMNS)[number]>;
