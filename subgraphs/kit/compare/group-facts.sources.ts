import { LICENCES, type SourceDescriptor } from '../types/source';

// Files several subgraphs read (for grouping councils, for their register), described once; each reader passes its
// `importer` (`councils/imd-2025`, `funding/council-deprivation`, `assets/council-deprivation`).

/** `imd2025_england_la_summary.csv`, as the importer named reads it. */
export const imd2025Source = (importer: string): SourceDescriptor => ({
  id: 'S-IOD2025',
  dataset: 'English Indices of Deprivation 2025: local authority district summaries (LAD 2024)',
  publisher: 'Ministry of Housing, Communities and Local Government',
  url: 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2025',
  downloadNote:
    'gov.uk publishes the summaries as a spreadsheet (File 10); this CSV was taken from the R data object data/imd2025_england_ltla24.rda in the humaniverse/IMD package (commit 2f6c905).',
  ...LICENCES.oglV3,
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0 (MHCLG, English Indices of Deprivation 2025).',
  version: 'published 2025-10-30',
  fileName: 'imd2025_england_la_summary.csv',
  format: 'csv',
  importer,
  caveats: 'England only; rank 1 = most deprived of 296 districts and unitaries.',
});

/** The day the devolution facts were compiled from the pages each row links to. */
export const DEVOLUTION_COMPILED_ON = '2026-12-04';

/** `strategic_authority_devolution.csv`, as the importer named reads it. */
export const devolutionSource = (importer: string): SourceDescriptor => ({
  id: 'S-CPG-SA-DEVOLUTION',
  dataset: 'Strategic authority devolution facts, compiled from public pages',
  publisher:
    'Compiled by the Community Power Graph data team from gov.uk, House of Commons Library, news and encyclopaedia pages',
  url: 'docs/data-formats.md#strategic-authority-devolution',
  downloadNote:
    'Compiled by hand from the pages each row names (`mayoral_source_url`, `level_source_url`); there is no upstream file to download.',
  ...LICENCES.oglV3,
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0 (gov.uk); facts only from the other pages linked on each row. Compiled by Community Power Graph.',
  version: `compiled ${DEVOLUTION_COMPILED_ON}`,
  fileName: 'strategic_authority_devolution.csv',
  format: 'csv',
  importer,
  caveats:
    'The Established tier rests on summaries of the English Devolution White Paper (Dec 2024), not the paper itself; for EMCCA, TVCA, WECA, YNYCA and the GLA the Mayoral tier is inferred from the published rule that every mayoral authority is one. EMCCA and YNYCA applied for Established status; no outcome was found. NECA and NTCA were abolished in May 2024; their mayoral successor is not in the register snapshot.',
});

/** `uk_local_authorities.csv`, mySociety's register of councils, as the importer named reads it. */
export const localAuthorityRegisterSource = (
  importer: string,
  caveats: string,
): SourceDescriptor => ({
  id: 'S-MYSOC-LA',
  dataset: 'UK Local Authority Names and Codes (uk_la_past_current v1.6.1)',
  publisher: 'mySociety',
  url: 'https://github.com/mysociety/uk_local_authority_names_and_codes',
  downloadUrl:
    'https://pages.mysociety.org/uk_local_authority_names_and_codes/data/uk_la_past_current/latest/uk_local_authorities.csv',
  ...LICENCES.ccBy4,
  attribution:
    'Contains data from mySociety, "UK Local Authority Names and Codes" (CC BY 4.0), which contains ONS codes under the Open Government Licence v3.0.',
  version: 'commit 67ef8b1 (2025-07-10)',
  fileName: 'uk_local_authorities.csv',
  format: 'csv',
  importer,
  caveats,
});
