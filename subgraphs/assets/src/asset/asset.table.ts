import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { AssetCategory, AssetStatus } from './asset.enums';
import type { Region } from '../../../kit/types/geography.enums';

/** One Asset of Community Value as its source records it (`assets.asset`). */
export interface AssetTable extends LoadedColumns {
  /** The source's record id (`WHA-ACV-2021-01`), or `<council code>-<register reference>`. */
  id: string;
  name: string;
  category: AssetCategory;
  /** True when the category was read off the name rather than given by the source. */
  category_inferred: boolean;
  address: string | null;
  postcode: string | null;
  uprn: string | null;
  latitude: number | null;
  longitude: number | null;
  /** GSS code of the listing authority today (an abolished one resolved to its successor). */
  council_id: string;
  region: Region | null;
  /** The listing authority as the source names it. */
  listing_authority_name: string;
  /** Set when the listing authority was abolished: who listed it and who holds the list now. */
  succession_note: string | null;
  nominating_group: string | null;
  /** `Organisation` id (neighbourhood-boards) when the source names one. */
  nominating_organisation_id: string | null;
  owner_name: string | null;
  /** `Organisation` id (neighbourhood-boards) of the owner, when the source names one. */
  owner_organisation_id: string | null;
  /** The source's status word, mapped (`AssetStatus` value). */
  recorded_status: AssetStatus;
  /** The source's words beside the status word (`presumed; 5-year term`). */
  status_qualifier: string | null;
  /** The day the source was read: the recorded status holds from then. */
  recorded_on: string;
  /** The last day of the listing as the source states it, when it states one. */
  listing_ends_in_source: string | null;
  register_reference: string | null;
  planning_data_entity: number | null;
  sports_ground: boolean;
  notes: string | null;
  /** The document the record rests on (`citation.id`), when the source names one. */
  citation_id: string | null;
  /** The register page or download the record was read from, when not a citation. */
  source_url: string | null;
  /** Derived after each load: the first day a status is known (null before the first derive). */
  known_from: string | null;
  /** Derived after each load: where the asset is (`latitude`/`longitude`, else its postcode's centre). */
  location_latitude: number | null;
  location_longitude: number | null;
  location_precision: 'RECORD' | 'POSTCODE' | null;
  /** The source of the point: the asset's own, or the postcode file's. */
  location_source_id: string | null;
}

/** The columns derived after each load (`module.derive`), never read from a register. */
export type DerivedAssetColumn =
  | 'known_from'
  | 'location_latitude'
  | 'location_longitude'
  | 'location_precision'
  | 'location_source_id';

/**
 * What the API reads of an asset: everything `toAsset`, `assetTrust`, the field resolvers,
 * `timelineOfRow` and the loaders read. Not `region` (only filtered on, in SQL),
 * `planning_data_entity` or `source_url` (no field returns them), nor `loaded_by_run`
 * (bookkeeping). Rows are typed by this list, so a reader of a column left out fails to compile.
 */
export const ASSET_COLUMNS = [
  'id',
  'name',
  'category',
  'category_inferred',
  'address',
  'postcode',
  'uprn',
  'latitude',
  'longitude',
  'council_id',
  'listing_authority_name',
  'succession_note',
  'nominating_group',
  'nominating_organisation_id',
  'owner_name',
  'owner_organisation_id',
  'recorded_status',
  'status_qualifier',
  'recorded_on',
  'listing_ends_in_source',
  'register_reference',
  'sports_ground',
  'notes',
  'citation_id',
  'known_from',
  'location_latitude',
  'location_longitude',
  'location_precision',
  'location_source_id',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof AssetTable)[];
