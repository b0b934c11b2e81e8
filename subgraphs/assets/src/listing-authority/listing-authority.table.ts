import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { CouncilKind } from '../../../kit/types/council-kind.enum';
import type { Nation, Region } from '../../../kit/types/geography.enums';

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
  nation: Nation;
  region: Region | null;
  ended_on: string | null;
  successor_code: string | null;
  /** The authority that holds the list today: itself, or the end of its successor chain. */
  current_code: string;
  current_gss_code: string | null;
  current_name: string;
  /** Null for combined and strategic authorities (listed in the register, not councils). */
  kind: CouncilKind | null;
  /** Register code of its combined or strategic authority (`GMCA`), if any. */
  strategic_authority_id: string | null;
  current: boolean | null;
  /** Lower tier or unitary: the councils whose residents add up without counting twice. */
  lower_or_unitary: boolean | null;
  population: number | null;
  population_year: number | null;
}

/**
 * What the register loaders read of an authority (the API reads none): its codes to find it, who
 * holds its list now and the succession note's words. Not `successor_code` (the chain is already
 * followed into `current_*`), nor `nation` or the provenance columns, which no loader reads.
 */
export const LISTING_AUTHORITY_COLUMNS = [
  'code',
  'gss_code',
  'official_name',
  'region',
  'ended_on',
  'current_code',
  'current_gss_code',
  'current_name',
] as const satisfies readonly (keyof ListingAuthorityTable)[];
