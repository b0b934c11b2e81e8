import type { CouncilRow } from '../database';
import type { Council } from './council.type';

export function toCouncil(row: CouncilRow): Council {
  return {
    id: row.id,
    code: row.code,
    gssCode: row.gss_code,
    name: row.name,
    officialName: row.official_name,
    kind: row.kind,
    kindName: row.kind_name,
    tier: row.tier,
    nation: row.nation,
    region: row.region,
    regionName: row.region,
    population:
      row.population !== null && row.population_year !== null
        ? { count: row.population, year: row.population_year }
        : null,
    areaKm2: row.area_km2,
    active: row.active,
    startDate: row.start_date,
    endDate: row.end_date,
    formerGssCodes: row.former_gss_codes,
    location:
      row.latitude !== null && row.longitude !== null
        ? { latitude: row.latitude, longitude: row.longitude }
        : null,
    govUkSlug: row.gov_uk_slug,
    countyCode: row.county_code,
    strategicAuthorityCode: row.strategic_authority_code,
    replacedByCodes: row.replaced_by_codes,
    sourceId: row.source_id,
    loadedAt: row.valid_from,
  };
}
