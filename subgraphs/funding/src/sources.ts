import {
  devolutionSource,
  imd2025Source,
  localAuthorityRegisterSource,
} from '../../kit/compare/group-facts.sources';
import { LICENCES, sourceLookup, type SourceDescriptor } from '../../kit/types/source';

const COMPILED_BY = 'Compiled by the Community Power Graph data team';
const OGL_ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0.';

export const programmesSource: SourceDescriptor = {
  id: 'S-CPG-FUNDING-PROGRAMMES',
  dataset: 'Community funding programmes: headline rules, budgets and dates',
  publisher: `${COMPILED_BY} from MHCLG, DLUHC and UK Parliament publications`,
  url: 'https://www.gov.uk/government/publications/pride-in-place-programme-prospectus',
  downloadNote:
    'Compiled from several gov.uk and Parliament pages (each row cites them); there is no upstream file to download.',
  ...LICENCES.oglV3,
  attribution: `${OGL_ATTRIBUTION} Contains Parliamentary information licensed under the Open Parliament Licence v3.0.`,
  version: 'compiled 2026-11',
  fileName: 'funding_programmes.csv',
  format: 'csv',
  importer: 'funding/programmes',
  caveats:
    'Headline rules only. The Pride in Place phase 1 capital:revenue split comes from a consultancy article, not gov.uk; phase 2 has no published total budget.',
};

export const impactFundSource: SourceDescriptor = {
  id: 'S-CPG-PIPIF-ALLOCATIONS',
  dataset: 'Pride in Place Impact Fund allocations by council (partial)',
  publisher: `${COMPILED_BY} from the MHCLG grant determination 2025-26 (Annex A) and council pages`,
  url: 'https://www.gov.uk/government/publications/pride-in-place-impact-fund/pride-in-place-impact-fund-grant-determinations-2025-to-2026',
  downloadNote:
    'Annex A of the grant determination is a PDF; the rows were read from it and from council pages. There is no upstream CSV.',
  ...LICENCES.oglV3,
  attribution: OGL_ATTRIBUTION,
  version: 'compiled 2026-11-27',
  fileName: 'pride_in_place_impact_fund_partial.csv',
  format: 'csv',
  importer: 'funding/impact-fund-allocations',
  caveats:
    'Partial: 47 of the 95 places. 35 rows come from Annex A (Ashfield to Medway); Middlesbrough was cut off in the copy read ("probable"); the others come from council pages. A missing council is not evidence that it got nothing.',
};

export const communityOwnershipFundSource: SourceDescriptor = {
  id: 'S-CPG-COF-AWARDS',
  dataset: 'Community Ownership Fund awards (partial)',
  publisher: `${COMPILED_BY} from DLUHC releases, Hansard and news reports of them`,
  url: 'https://gov.uk/government/publications/community-ownership-fund-prospectus/community-ownership-fund-round-4-prospectus',
  downloadNote:
    'The full gov.uk bidder lists (257+ projects) were not available; the awards were read from the pages each row cites.',
  ...LICENCES.oglV3,
  attribution: `${OGL_ATTRIBUTION} Facts only from third-party and news pages, as cited on each grant.`,
  version: 'compiled 2026-11-27',
  fileName: 'community_ownership_fund_awards_partial.csv',
  format: 'csv',
  importer: 'funding/community-ownership-fund',
  caveats:
    'Partial: 73 awards of 257+. The amount is blank where the source gives no exact figure (e.g. "almost £480,000"); the council is blank where the place is ambiguous, and was often inferred from a place name (see each grant\'s `councilConfidence`). The grant identifiers are minted by this project (360G-CPG-COF-…), not published by the funder.',
};

export const grantCrosswalkSource: SourceDescriptor = {
  id: 'S-CPG-GRANT-CROSSWALK',
  dataset:
    'Grant crosswalk: grants to the Assets of Community Value they bought and to organisations',
  publisher: 'Community Power Graph data team',
  url: 'docs/data-formats.md#grant-crosswalk',
  downloadNote:
    'Made by hand by reading the grant and the asset records side by side; never a fuzzy match. There is no upstream file.',
  ...LICENCES.ccBy4,
  attribution: 'Compiled by Community Power Graph contributors.',
  version: 'compiled 2026-11-27',
  fileName: 'grant_crosswalk.csv',
  format: 'csv',
  importer: 'funding/grant-crosswalk',
  caveats:
    'Only links a person has checked are listed, each with its confidence and reason: a grant with no link may still have bought an asset.',
};

const GRANTS_360 = {
  publisher: 'Any 360Giving publisher (e.g. a GrantNav export)',
  url: 'https://standard.threesixtygiving.org/',
  downloadNote:
    'Any grants file in the 360Giving data standard; put it in the data directory under this name to load it.',
  ...LICENCES.ccBy4,
  attribution: 'As the publisher of the file asks (most 360Giving data is CC BY 4.0).',
  version: 'as supplied',
  importer: 'funding/360giving',
  optional:
    'A published grants file the operator chooses to load; not part of the committed open data, loaded when present.',
};

export const grants360CsvSource: SourceDescriptor = {
  ...GRANTS_360,
  id: 'S-360GIVING-CSV',
  dataset: 'Grants in the 360Giving data standard (CSV)',
  fileName: 'grants_360giving.csv',
  format: 'csv',
};

export const grants360JsonSource: SourceDescriptor = {
  ...GRANTS_360,
  id: 'S-360GIVING-JSON',
  dataset: 'Grants in the 360Giving data standard (JSON)',
  fileName: 'grants_360giving.json',
  format: 'json',
};

// The files below are also loaded by the subgraph that owns their entities; funding reads the
// facts it needs from the same committed copy (same source id, one manifest entry).

export const placesFileSource: SourceDescriptor = {
  id: 'S-PIP-PLACES',
  dataset: 'Pride in Place places (phase 1, phase 2 and the 2026 expansion)',
  publisher: `${COMPILED_BY} from MHCLG and UK Parliament publications and a third-party compilation`,
  url: 'https://www.gov.uk/government/publications/pride-in-place-programme-prospectus',
  ...LICENCES.oglV3,
  attribution: OGL_ATTRIBUTION,
  version: 'compiled 2026-07 (expansion named 2026-03-20)',
  fileName: 'pride_in_place_places.csv',
  format: 'csv',
  importer: 'funding/board-allocations',
  caveats:
    'No per-place allocation schedule has been published: each place has the programme cap (up to £20m over 10 years), not a confirmed allocation.',
};

export const registerFileSource = localAuthorityRegisterSource(
  'funding/council-facts',
  'Population is the ONS mid-2020 estimate.',
);

export const imd2025FileSource = imd2025Source('funding/council-deprivation');
export const devolutionFileSource = devolutionSource('funding/devolution');

/** In load order: later importers check their references against what earlier ones wrote. */
export const fundingSources = [
  registerFileSource,
  imd2025FileSource,
  devolutionFileSource,
  programmesSource,
  impactFundSource,
  placesFileSource,
  communityOwnershipFundSource,
  grants360CsvSource,
  grants360JsonSource,
  grantCrosswalkSource,
];

/** The manifest entry a stored row points at. */
export const sourceById = sourceLookup(fundingSources, 'funding');
