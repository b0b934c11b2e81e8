import type { LoadedColumns } from '../../../kit/ingest/tables';

/**
 * The register of councils as listing authorities (`assets.listing_authority`), loaded from the
 * same committed file the councils subgraph loads: registers name councils by code or name,
 * and a listing by an abolished council belongs to its successor. A copy of the facts this
 * subgraph needs, not a read of another subgraph's tables.
 */
export interface ListingAuthorityTable extends LoadedColumns {
  code: string;
  gss_code: string | null;
  official_name: string;
  nation: string;
  region: string | null;
  ended_on: string | null;
  successor_code: string | null;
  /** The authority that holds the list today: itself, or the end of its successor chain. */
  current_code: string;
  current_gss_code: string | null;
  current_name: string;
}
