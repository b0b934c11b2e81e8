import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { CouncilKind } from '../../../kit/types/council-kind.enum';
import type { CouncilTier } from './council.enums';
import type { Nation, Region } from '../../../kit/types/geography.enums';

export interface CouncilTable extends LoadedColumns {
  id: string;
  code: string;
  gss_code: string | null;
  name: string;
  official_name: string;
  kind: CouncilKind;
  kind_name: string;
  tier: CouncilTier;
  nation: Nation;
  region: Region | null;
  county_code: string | null;
  strategic_authority_code: string | null;
  population: number | null;
  population_year: number | null;
  area_km2: number | null;
  active: boolean;
  start_date: string | null;
  end_date: string | null;
  replaced_by_codes: string[];
  former_gss_codes: string[];
  latitude: number | null;
  longitude: number | null;
  gov_uk_slug: string | null;
}

/**
 * What the API reads of a council: everything `toCouncil` maps and the loaders key on; not
 * `loaded_by_run` (bookkeeping). Rows are typed by this list, so a mapper reading a column left
 * out fails to compile.
 */
export const COUNCIL_COLUMNS = [
  'id',
  'code',
  'gss_code',
  'name',
  'official_name',
  'kind',
  'kind_name',
  'tier',
  'nation',
  'region',
  'county_code',
  'strategic_authority_code',
  'population',
  'population_year',
  'area_km2',
  'active',
  'start_date',
  'end_date',
  'replaced_by_codes',
  'former_gss_codes',
  'latitude',
  'longitude',
  'gov_uk_slug',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof CouncilTable)[];
