import { toSource } from '../../../kit/types/source.type';
import type { AssetRow } from '../database';
import { sourceById } from '../sources';
import { AssetLocationPrecision, type AssetLocation } from './asset-location.type';

/** The asset's derived point (see `deriveLocations`), or null. */
export function toAssetLocation(row: AssetRow): AssetLocation | null {
  if (
    row.location_latitude === null ||
    row.location_longitude === null ||
    row.location_precision === null ||
    row.location_source_id === null
  )
    return null;
  return {
    latitude: row.location_latitude,
    longitude: row.location_longitude,
    precision: AssetLocationPrecision[row.location_precision],
    source: toSource(sourceById(row.location_source_id)),
  };
}

/** Why an asset has no point, in words; null when it has one. */
export function locationUnknownReason(row: AssetRow): string | null {
  if (row.location_latitude !== null) return null;
  if (!row.postcode)
    return 'The source gives neither a latitude and longitude nor a full postcode; see `address`.';
  return `The source gives no latitude and longitude, and its postcode ${row.postcode} is not among the postcode centres this API holds.`;
}
