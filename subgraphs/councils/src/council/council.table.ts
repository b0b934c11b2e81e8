import type { LoadedColumns } from '../../../kit/ingest/tables';

export interface CouncilTable extends LoadedColumns {
  id: string;
  code: string;
  gss_code: string | null;
  name: string;
  official_name: string;
  kind: string;
  kind_name: string;
  tier: string;
  nation: string;
  region: string | null;
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
