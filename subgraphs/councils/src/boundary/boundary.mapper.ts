import { feature } from '@turf/helpers';
import simplify from '@turf/simplify';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { SourceDescriptor } from '../../../kit/types/source';
import type { BoundaryRow } from '../database';

/** What every boundary feature says of itself: whose area, which edition, and its licence. */
export interface BoundaryProperties {
  councilId: string;
  name: string;
  layer: string;
  vintage: string;
  source: string;
  licence: string;
  attribution: string;
}

/** Metres to degrees of latitude, the unit `simplify` works in (a degree is about 111 km). */
const METRES_PER_DEGREE = 111_320;

/**
 * A council's area as an RFC 7946 Feature, simplified when asked (Douglas-Peucker, `tolerance`
 * in metres): a map of every council wants 100 m or so; the stored lines are 500 m generalised.
 */
export function toBoundaryFeature(
  row: BoundaryRow,
  source: SourceDescriptor,
  toleranceMetres: number | null,
): Feature<Polygon | MultiPolygon, BoundaryProperties> {
  const whole = feature<Polygon | MultiPolygon, BoundaryProperties>(
    row.geometry,
    {
      councilId: row.council_id,
      name: row.name,
      layer: row.layer,
      vintage: row.vintage,
      source: source.id,
      licence: source.licence,
      attribution: source.attribution,
    },
    { id: row.council_id },
  );
  if (!toleranceMetres) return whole;
  return simplify(whole, { tolerance: toleranceMetres / METRES_PER_DEGREE, highQuality: false });
}
