import {
  devolutionSource,
  imd2025Source,
  localAuthorityRegisterSource,
} from '../../kit/compare/group-facts.sources';
import { centroidSources } from '../../kit/geography/centroid-sources';
import { LICENCES, sourceLookup, type SourceDescriptor } from '../../kit/types/source';

const FORMATS = 'docs/data-formats.md';
const COMPILED_BY =
  "Compiled by the Community Power Graph data team from council decision pages, Section 91 notices, tribunal decisions and news reports (see each record's `citations`).";
const HARVEST_CAVEATS =
  "Each record rests on the one page its citation names; several are third-party copies of council or tribunal documents, or news reports: check the original before relying on a value. The status column is the compiler's words: a status word and a bracketed qualifier, kept as `status.qualifier`. Many records lack dates: the API says unknown, it never guesses.";

/** The day the harvested ACV pages were read: a record's undated status holds from then. */
export const ACV_RECORDS_READ_ON = '2026-11-27';

export const listingAuthoritiesSource = localAuthorityRegisterSource(
  'assets/listing-authorities',
  'Read by the assets subgraph for listing authorities only: codes, regions and which council succeeded an abolished one.',
);

export const citationsSource: SourceDescriptor = {
  id: 'S-CPG-ACV-CITATIONS',
  dataset: 'Documents cited by the Assets of Community Value records',
  publisher: 'Community Power Graph data team',
  url: `${FORMATS}#acv-citations`,
  downloadNote:
    'Taken from the source register of the data compilers (one row per page read); there is no upstream file.',
  ...LICENCES.ccBy4,
  attribution: COMPILED_BY,
  version: `pages read ${ACV_RECORDS_READ_ON}`,
  fileName: 'acv_citations.csv',
  format: 'csv',
  importer: 'assets/citations',
  caveats:
    'The licence column is the licence of the page cited (often "facts only"), not of this list.',
};

export const compiledRegisterSource: SourceDescriptor = {
  id: 'S-CPG-ACV',
  dataset: 'Assets of Community Value: records compiled from 45 councils',
  publisher: 'Community Power Graph data team',
  url: `${FORMATS}#assets-of-community-value`,
  downloadNote:
    'Compiled by hand from the pages each record cites; councils publish their lists as web pages and documents, and no national file exists.',
  ...LICENCES.oglV3,
  attribution: `${COMPILED_BY} Contains public sector information licensed under the Open Government Licence v3.0.`,
  version: `harvest of ${ACV_RECORDS_READ_ON} (127 records)`,
  fileName: 'assets_of_community_value.csv',
  format: 'csv',
  importer: 'assets/compiled-register',
  caveats: HARVEST_CAVEATS,
};

export const eventsSource: SourceDescriptor = {
  ...compiledRegisterSource,
  id: 'S-CPG-ACV-EVENTS',
  dataset: 'Assets of Community Value: dated events',
  url: `${FORMATS}#acv-events`,
  version: `harvest of ${ACV_RECORDS_READ_ON} (65 events)`,
  fileName: 'acv_events.csv',
  importer: 'assets/events',
  caveats:
    'Tribunal decisions give listing, review and appeal dates; each event names the page it was read on.',
};

export const planningDataReferencesSource: SourceDescriptor = {
  id: 'S-DL-CONFIG-ACV',
  dataset:
    'planning.data.gov.uk pipeline configuration for the dataset asset-of-community-value (reference → entity lookup)',
  publisher: 'Ministry of Housing, Communities and Local Government (digital-land)',
  url: 'https://github.com/digital-land/config/tree/main/pipeline/asset-of-community-value',
  downloadNote:
    'Extracted from the lookup.csv of the digital-land/config repository (commit abb1a6b, 2026-08-21).',
  ...LICENCES.oglV3,
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0 (MHCLG planning.data.gov.uk; London Borough of Camden).',
  version: 'digital-land/config abb1a6b (2026-08-21)',
  fileName: 'acv_planning_data_camden_register_entries.csv',
  format: 'csv',
  importer: 'assets/planning-data-references',
  caveats:
    'Identifiers only (Camden): no names, addresses, dates or status. Some references are moratorium events or sub-entries, so 105 entries are not 105 assets.',
};

const CONTRIBUTED =
  'A published format, loaded when a file of it is present in the data directory (see docs/data-formats.md); none is committed yet.';

export const planningDataRegisterSource: SourceDescriptor = {
  id: 'S-PLANNING-DATA-ACV',
  dataset: 'planning.data.gov.uk dataset asset-of-community-value',
  publisher: 'Ministry of Housing, Communities and Local Government',
  url: 'https://www.planning.data.gov.uk/dataset/asset-of-community-value',
  downloadNote:
    'Bulk download at https://files.planning.data.gov.uk/dataset/asset-of-community-value.csv (not checked: no internet where this was written).',
  ...LICENCES.oglV3,
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0 (MHCLG planning.data.gov.uk).',
  version: 'as downloaded',
  fileName: 'asset-of-community-value.csv',
  format: 'csv',
  importer: 'assets/planning-data-register',
  optional: CONTRIBUTED,
};

export const camdenRegisterSource: SourceDescriptor = {
  id: 'S-CMD-ACV',
  dataset: 'Camden open data: Assets Of Community Value',
  publisher: 'London Borough of Camden',
  url: 'https://opendata.camden.gov.uk/Community/Assets-Of-Community-Value-Map/gx6h-y8qf',
  downloadUrl: 'https://opendata.camden.gov.uk/api/views/84z2-jixf/rows.csv?accessType=DOWNLOAD',
  ...LICENCES.oglV3,
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0 (London Borough of Camden).',
  version: 'as downloaded',
  fileName: 'camden_assets_of_community_value.csv',
  format: 'csv',
  importer: 'assets/council-register:camden',
  optional: CONTRIBUTED,
};

/** In load order: authorities and citations first, records, then their events. */
/** The postcode centres this subgraph places assets by (the councils subgraph keeps its own copy). */
export const assetCentroidSources = centroidSources('assets/postcode-centroids');

export const assetsImd2025Source = imd2025Source('assets/council-deprivation');
export const assetsDevolutionSource = devolutionSource('assets/devolution');

export const assetsSources = [
  listingAuthoritiesSource,
  assetsImd2025Source,
  assetsDevolutionSource,
  assetCentroidSources.postcodes,
  assetCentroidSources.niPostcodes,
  citationsSource,
  compiledRegisterSource,
  planningDataReferencesSource,
  planningDataRegisterSource,
  camdenRegisterSource,
  eventsSource,
];

/**
 * The synthetic register of `npm run synth` (scale tests only). Never a file, so never in the
 * manifest or a load; only in the lookup, so that synthetic rows say what they are.
 */
export const syntheticSource: SourceDescriptor = {
  id: 'S-SYNTHETIC',
  dataset: 'Synthetic Assets of Community Value (scale tests only)',
  publisher: 'Community Power Graph (generated by npm run synth)',
  url: 'scripts/synth.ts',
  downloadNote:
    'Generated, never downloaded: `npm run synth -- --assets N --seed S --database-url URL` writes it into the database named. Ids start with SYN-.',
  ...LICENCES.ccBy4,
  attribution: 'Synthetic data: not real assets of community value.',
  version: 'generator v1 (seed and day in ingest_run.file_name)',
  fileName: 'synthetic (generated, no file)',
  format: 'csv',
  importer: 'scripts/synth',
  caveats:
    'Invented names, postcodes, points and histories over the real councils; for load tests only.',
  optional:
    'Never a file: generated by npm run synth for scale tests; never loaded by npm start or npm run ingest.',
};

/** The manifest entry a stored row points at. */
export const sourceById = sourceLookup([...assetsSources, syntheticSource], 'assets');
