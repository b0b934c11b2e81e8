import { Confidence } from '../../../kit/types/confidence.enum';
import type { AssetRow, CitationRow } from '../database';
import { locationUnknownReason, toAssetLocation } from '../location/asset-location.mapper';
import type { Asset, AssetTrust } from './asset.type';

export function toAsset(row: AssetRow, asOf: string): Asset {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    categoryInferred: row.category_inferred,
    address: row.address,
    postcode: row.postcode,
    uprn: row.uprn,
    location: toAssetLocation(row),
    locationUnknownReason: locationUnknownReason(row),
    listingAuthorityName: row.listing_authority_name,
    successionNote: row.succession_note,
    owner: row.owner_name,
    recordedStatus: {
      status: row.recorded_status,
      qualifier: row.status_qualifier,
      readOn: row.recorded_on,
    },
    notes: row.notes,
    registerReference: row.register_reference,
    row,
    asOf,
  };
}

/** Pages whose licence note says they are a copy, news or a third party's are not official. */
const NOT_OFFICIAL = /copy|news|third-party|third party/i;

export function assetTrust(row: AssetRow, citation: CitationRow | null): AssetTrust {
  const record =
    citation && NOT_OFFICIAL.test(`${citation.licence} ${citation.publisher}`)
      ? Confidence.THIRD_PARTY
      : Confidence.OFFICIAL;
  return {
    record,
    council: /inferred/i.test(row.listing_authority_name) ? Confidence.COMPILED : record,
    category: row.category_inferred ? Confidence.COMPILED : record,
  };
}
