import { LICENCES, type SourceDescriptor } from '../types/source';

const NSPL = 'odileeds/Postcodes2LatLon';
const NSPL_COMMIT = '9322263c2470e322840428bd8c19aad26b9a2c55';
const CODE_POINT = 'A-makarim/UCL-CSRI';
const CODE_POINT_COMMIT = 'c356a23737e8e33008ddf3b3d9e5536da4d50384';
const FORMATS = 'docs/data-formats.md';

const GB_ATTRIBUTION =
  'Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Source: Office for National Statistics licensed under the Open Government Licence v.3.0.';

// Northern Ireland's postcodes come from Land & Property Services under their own terms, which
// the ONS directory passes on; postcodes.io (docs/licences.mdx) states them so.
const NI_TERMS = {
  licence: 'LPS-NI-postcodes (ONSPD Northern Ireland terms)',
  licenceUrl: 'https://www.ons.gov.uk/methodology/geography/licences',
  attribution:
    'Northern Ireland postcode data (postcodes beginning BT) from the ONS postcode products, under the ONSPD licence: non-commercial use is free; commercial use requires a licence from NI Land & Property Services.',
} as const;

const NSPL_VERSION = `NSPL May 2025 (2021 Census), via ${NSPL} commit ${NSPL_COMMIT.slice(0, 7)}`;
const NSPL_CAVEATS =
  'Latitude and longitude as the odileeds split of the NSPL gives them: truncated (not rounded) to 5 decimal places, about a metre. The split keeps terminated postcodes and has no termination date, so a postcode here may no longer be in use.';

/**
 * The four centroid files, as each subgraph that reads them describes them (`importer` is the
 * reader: `councils/postcode-centroids`, `assets/postcode-centroids`).
 */
export function centroidSources(importer: string) {
  const postcodes: SourceDescriptor = {
    id: 'S-NSPL-2025-05-GB',
    dataset:
      'National Statistics Postcode Lookup (May 2025): postcode centroids of Great Britain, for the postcodes of every record we ship and of our check postcodes',
    publisher: 'Office for National Statistics',
    url: `https://github.com/${NSPL}`,
    downloadNote: `Rows copied from postcodes/<area>.csv of ${NSPL} at commit ${NSPL_COMMIT} (its README: "derived from National Statistics Postcode Lookup - 2021 Census (May 2025) for the UK ... licensed under the Open Government Licence"); only the postcodes listed in docs/data-formats.md are kept.`,
    ...LICENCES.oglV3,
    attribution: GB_ATTRIBUTION,
    version: NSPL_VERSION,
    fileName: 'postcode_centroids_gb.csv',
    format: 'csv',
    importer,
    caveats: NSPL_CAVEATS,
  };
  const outcodes: SourceDescriptor = {
    id: 'S-CPG-OUTCODES-GB',
    dataset: 'Outward code (postcode district) centroids of Great Britain, derived by this project',
    publisher: 'Community Power Graph data team, from Ordnance Survey and ONS data',
    url: `${FORMATS}#postcode-and-outcode-centroids`,
    downloadNote: `Computed, not downloaded: for each outward code, the mean latitude and longitude (NSPL May 2025, ${NSPL} commit ${NSPL_COMMIT}) of its postcodes in OS Code-Point Open 2025.4.0 (${CODE_POINT} commit ${CODE_POINT_COMMIT}, codepo_gb/Data/CSV), leaving out postcodes without a position (quality 90); the method postcodes.io uses for outcodes.`,
    ...LICENCES.oglV3,
    attribution: GB_ATTRIBUTION,
    version: 'Code-Point Open 2025.4.0 (2025-10-20) with NSPL May 2025',
    fileName: 'outcode_centroids_gb.csv',
    format: 'csv',
    importer,
    caveats:
      'A centre of many postcodes: an outcode covers a few square kilometres in towns and far more in the country, so a place found by its outcode alone is only roughly placed.',
  };
  const niPostcodes: SourceDescriptor = {
    ...postcodes,
    id: 'S-NSPL-2025-05-NI',
    dataset:
      'National Statistics Postcode Lookup (May 2025): postcode centroids of Northern Ireland, for our check postcodes',
    ...NI_TERMS,
    fileName: 'postcode_centroids_ni.csv',
  };
  const niOutcodes: SourceDescriptor = {
    ...outcodes,
    id: 'S-CPG-OUTCODES-NI',
    dataset: 'Outward code centroids of Northern Ireland, derived by this project',
    downloadNote: `Computed, not downloaded: for each BT outward code, the mean latitude and longitude of its postcodes in the NSPL May 2025 (${NSPL} commit ${NSPL_COMMIT}, postcodes/BT.csv), terminated ones included (the split has no termination date; Code-Point Open does not cover Northern Ireland).`,
    ...NI_TERMS,
    version: 'NSPL May 2025',
    fileName: 'outcode_centroids_ni.csv',
  };
  return { postcodes, outcodes, niPostcodes, niOutcodes };
}
