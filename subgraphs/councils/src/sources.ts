import {
  devolutionSource,
  imd2025Source,
  localAuthorityRegisterSource,
} from '../../kit/compare/group-facts.sources';
import { LICENCES, sourceLookup, type SourceDescriptor } from '../../kit/types/source';
import { centroidSources } from '../../kit/geography/centroid-sources';

const MYSOCIETY_LA =
  'https://pages.mysociety.org/uk_local_authority_names_and_codes/data/uk_la_past_current/latest';
const MYSOCIETY_ATTRIBUTION =
  'Contains data from mySociety, "UK Local Authority Names and Codes" (CC BY 4.0), which contains ONS codes under the Open Government Licence v3.0.';

export const councilsImd2025Source = imd2025Source('councils/imd-2025');
export const councilsDevolutionSource = devolutionSource('councils/devolution');

export const registerSource = localAuthorityRegisterSource(
  'councils/register',
  'NECA and NTCA are still flagged current although both were replaced in May 2024 by the North East Mayoral Combined Authority, which is missing; the Devon & Torbay and Lancashire combined county authorities (2025) are missing. Population is the ONS mid-2020 estimate.',
);

export const nameLookupSource: SourceDescriptor = {
  ...registerSource,
  id: 'S-MYSOC-LA-NAMES',
  dataset: 'UK Local Authority Names and Codes: name to register code lookup',
  downloadUrl: `${MYSOCIETY_LA}/lookup_name_to_registry.csv`,
  fileName: 'lookup_name_to_registry.csv',
  importer: 'councils/name-lookup',
  caveats: 'Spellings gathered from many lists; a name can point at more than one council.',
};

export const combinedAuthoritiesSource: SourceDescriptor = {
  id: 'S-MYSOC-LA-CA',
  dataset: 'Combined and strategic authorities (derived from UK Local Authority Names and Codes)',
  publisher: 'mySociety (derived by this project)',
  url: 'https://github.com/mysociety/uk_local_authority_names_and_codes',
  downloadNote:
    'Derived from uk_local_authorities.csv (rows of type COMB and SRA with their members); there is no upstream file to download.',
  ...LICENCES.ccBy4,
  attribution: MYSOCIETY_ATTRIBUTION,
  version: 'commit 67ef8b1 (2025-07-10)',
  fileName: 'combined_authorities.csv',
  format: 'csv',
  importer: 'councils/combined-authorities',
  caveats:
    'Snapshot of July 2025: NECA and NTCA were replaced by the North East Mayoral Combined Authority in May 2024; Devon & Torbay and Lancashire CCAs are missing.',
};

export const imd2019Source: SourceDescriptor = {
  id: 'S-IOD2019',
  dataset: 'English Indices of Deprivation 2019: local authority district summaries (LAD 2019)',
  publisher: 'Ministry of Housing, Communities and Local Government',
  url: 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019',
  downloadNote:
    'Taken from the R data object data/imd2019_england_ltla19.rda in the humaniverse/IMD package (commit 2f6c905); there is no CSV download.',
  ...LICENCES.oglV3,
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0 (MHCLG, English Indices of Deprivation 2019).',
  version: 'published 2019-09-26',
  fileName: 'imd2019_england_la_summary.csv',
  format: 'csv',
  importer: 'councils/imd-2019',
  caveats:
    'England only, 2019 boundaries (317 districts, some since abolished). The rank of average score was computed by the compiler of the file from the score; it reproduces the official order.',
};

const ONS_BOUNDARY_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2024.';
const BUC_CAVEATS =
  'Ultra generalised (500 m) and clipped to the coastline (mean high water): fine for maps and for finding the council of a point inland, but a point within about half a kilometre of a council border or the coast may fall on the wrong side of the line or in no area at all; `locate` says when it took the nearest area instead.';

export const districtBoundariesSource: SourceDescriptor = {
  id: 'S-ONS-LAD-2024-05-BUC',
  dataset: 'Local Authority Districts (May 2024) Boundaries UK BUC',
  publisher: 'Office for National Statistics',
  url: 'https://geoportal.statistics.gov.uk/maps/79a4e87783be4b6bbb96ddad6dda52a3',
  downloadNote:
    'The ONS Open Geography Portal download (item fb6ab0ce776243339e45e33444f431c8_0), unmodified, as committed to GitHub acteng/atip-data-prep at commit bcccbbf90400a125eb016ef722f8a2af6bdcde7d (layers/input/Local_Authority_Districts_May_2024_Boundaries_UK_BUC_6795818826918236547.geojson); its README credits "OS and ONS".',
  ...LICENCES.oglV3,
  attribution: ONS_BOUNDARY_ATTRIBUTION,
  version:
    'LAD May 2024, BUC (361 districts: England 296, Wales 22, Scotland 32, Northern Ireland 11)',
  fileName: 'lad_may2024_uk_buc.geojson',
  format: 'json',
  importer: 'councils/boundaries',
  caveats: `${BUC_CAVEATS} May 2024 codes: Barnsley and Sheffield are E08000016 and E08000019, as in the register (the 2025 edition recodes them).`,
};

export const countyBoundariesSource: SourceDescriptor = {
  id: 'S-ONS-CTYUA-2024-12-BUC',
  dataset: 'Counties and Unitary Authorities (December 2024) Boundaries UK BUC',
  publisher: 'Office for National Statistics',
  url: 'https://geoportal.statistics.gov.uk/',
  downloadNote:
    'The ONS Open Geography Portal download, unmodified (ONS properties and GlobalIDs), as committed to GitHub mrIbadan/UK_Map_Test at commit d018235df4af5dd44c3b2c7d0c1e21cc9504909f (Counties_and_Unitary_Authorities_December_2024_Boundaries_UK_BUC_-7342248301948489151.geojson). Only its 21 county councils (E10) are loaded: its unitaries are the districts of the LAD file.',
  ...LICENCES.oglV3,
  attribution: ONS_BOUNDARY_ATTRIBUTION,
  version: 'CTYUA December 2024, BUC',
  fileName: 'ctyua_dec2024_uk_buc.geojson',
  format: 'json',
  importer: 'councils/boundaries',
  caveats: BUC_CAVEATS,
};

export const councilCentroidSources = centroidSources('councils/postcode-centroids');

/** In load order: later importers check their references against what earlier ones wrote. */
export const councilsSources = [
  registerSource,
  combinedAuthoritiesSource,
  councilsDevolutionSource,
  councilsImd2025Source,
  imd2019Source,
  nameLookupSource,
  districtBoundariesSource,
  countyBoundariesSource,
  councilCentroidSources.postcodes,
  councilCentroidSources.niPostcodes,
  councilCentroidSources.outcodes,
  councilCentroidSources.niOutcodes,
];

/** The manifest entry a stored row points at. */
export const sourceById = sourceLookup(councilsSources, 'councils');
