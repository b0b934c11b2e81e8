import { LICENCES, sourceLookup, type SourceDescriptor } from '../../kit/types/source';

const FORMATS = 'docs/data-formats.md';
const CONTRIBUTED =
  'A format this project defines (docs/data-formats.md) for data nobody publishes in bulk yet: contributors compile it from the pages councils publish, each row naming its page. Not in the published open data; loaded when the file is present.';
const CONTRIBUTED_ATTRIBUTION =
  'Compiled by Community Power Graph contributors from the council pages linked on each record.';

export const placesSource: SourceDescriptor = {
  id: 'S-PIP-PLACES',
  dataset: 'Pride in Place places (phase 1, phase 2 and the 2026 expansion)',
  publisher:
    'Compiled by the Community Power Graph data team from MHCLG and UK Parliament publications and a third-party compilation',
  url: 'https://www.gov.uk/government/publications/pride-in-place-programme-prospectus',
  downloadNote:
    "Compiled from several gov.uk and Parliament pages (see each board's `citations`); there is no upstream file to download.",
  ...LICENCES.oglV3,
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0 and Parliamentary information licensed under the Open Parliament Licence v3.0.',
  version: 'compiled 2026-07 (expansion named 2026-03-20)',
  fileName: 'pride_in_place_places.csv',
  format: 'csv',
  importer: 'neighbourhood-boards/places',
  caveats:
    'Phase 1 names are official; which council each town belongs to is our mapping. Phase 2 and the expansion come from a third-party compilation of the gov.uk lists; 22 phase 2 names were corroborated independently. No per-place allocation schedule has been published: the funding cap is the programme rule (up to £20m over 10 years), not an allocation.',
};

export const organisationsSource: SourceDescriptor = {
  id: 'S-CPG-ORGANISATIONS',
  dataset: 'Community organisations (Community Power Graph format)',
  publisher: 'Community Power Graph contributors',
  url: `${FORMATS}#organisations`,
  downloadNote: CONTRIBUTED,
  ...LICENCES.ccBy4,
  attribution: CONTRIBUTED_ATTRIBUTION,
  version: 'as contributed',
  fileName: 'neighbourhood_board_organisations.csv',
  format: 'csv',
  importer: 'neighbourhood-boards/organisations',
  optional: CONTRIBUTED,
};

export const boardStatusSource: SourceDescriptor = {
  ...organisationsSource,
  id: 'S-CPG-BOARD-STATUS',
  dataset: 'Neighbourhood Board status changes (Community Power Graph format)',
  url: `${FORMATS}#board-status`,
  fileName: 'neighbourhood_board_status.csv',
  importer: 'neighbourhood-boards/board-status',
};

export const membershipsSource: SourceDescriptor = {
  ...organisationsSource,
  id: 'S-CPG-BOARD-MEMBERS',
  dataset: 'Neighbourhood Board members (Community Power Graph format)',
  url: `${FORMATS}#members`,
  fileName: 'neighbourhood_board_members.csv',
  importer: 'neighbourhood-boards/memberships',
  caveats:
    'Names people in public roles as their council published them; declared interests are as declared, not checked.',
};

/** The day the compiled board files were put together: a seat they give no start for is known from it. */
export const BOARD_DATA_COMPILED_ON = '2026-12-04';

const COMPILED: Omit<SourceDescriptor, 'id' | 'dataset' | 'fileName' | 'importer'> = {
  publisher:
    'Compiled by the Community Power Graph data team from council pages, council meeting minutes and local news',
  url: 'docs/data-formats.md#compiled-board-files',
  downloadNote:
    'Compiled by hand from the pages each row names (`source_url`); there is no upstream file to download.',
  ...LICENCES.oglV3,
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0 (council pages); facts only from news reports. Compiled by Community Power Graph from the pages linked on each record.',
  version: `compiled ${BOARD_DATA_COMPILED_ON}`,
  format: 'csv',
  caveats:
    "Search returned excerpts, so a list that ran past one is incomplete (full lists only for Kilmarnock, Irvine and Clacton; elsewhere mostly the chair). Records labelled as the place's earlier Town Board are history, not today's board. Start dates, legal forms and registration numbers are not given by the pages; an organisation's kind is judged from its name. Weaker sources: Coatbridge (a commercial site quoting the council), Great Yarmouth's chair (older Town Deal Board), Skegness's chair (sub-group of the older board).",
};

export const compiledOrganisationsSource: SourceDescriptor = {
  ...COMPILED,
  id: 'S-CPG-ORGANISATIONS-COMPILED',
  dataset: 'Organisations around Neighbourhood Boards, compiled from council pages',
  fileName: 'neighbourhood_board_organisations_compiled.csv',
  importer: 'neighbourhood-boards/compiled-organisations',
};

export const compiledStatusSource: SourceDescriptor = {
  ...COMPILED,
  id: 'S-CPG-BOARD-STATUS-COMPILED',
  dataset: 'Neighbourhood Board status changes, compiled from council pages',
  fileName: 'neighbourhood_board_status_compiled.csv',
  importer: 'neighbourhood-boards/compiled-status',
};

export const compiledMembersSource: SourceDescriptor = {
  ...COMPILED,
  id: 'S-CPG-BOARD-MEMBERS-COMPILED',
  dataset: 'Neighbourhood Board members, compiled from council pages',
  fileName: 'neighbourhood_board_members_compiled.csv',
  importer: 'neighbourhood-boards/compiled-members',
};

/** In load order: later importers check their references against what earlier ones wrote. */
export const neighbourhoodBoardsSources = [
  placesSource,
  organisationsSource,
  compiledOrganisationsSource,
  boardStatusSource,
  compiledStatusSource,
  membershipsSource,
  compiledMembersSource,
];

/** The manifest entry a stored row points at. */
export const sourceById = sourceLookup(neighbourhoodBoardsSources, 'neighbourhood_boards');
