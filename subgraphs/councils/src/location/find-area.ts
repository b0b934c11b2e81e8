import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point as turfPoint } from '@turf/helpers';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { BoundaryRow } from '../database';
import { AreaMatch } from './location.enums';

/** A point in WGS84 degrees. */
export interface LatLon {
  latitude: number;
  longitude: number;
}

/** Which district areas hold a point, as far as the boundaries can tell. */
export interface AreaFinding {
  match: AreaMatch;
  /** The areas found: one, or the two (or more) a point on their border touches. */
  areas: BoundaryRow[];
  /** For `NEAREST`: how far the point is from the area taken, in kilometres. */
  distanceKm: number | null;
}

/**
 * How far from an area a point may be and still be taken as in it: generalised boundaries move
 * coasts and borders by up to about 500 m, so a coastal postcode often falls just outside.
 */
export const NEAREST_WITHIN_KM = 1;

/** The degrees of latitude (and more than enough of longitude) `NEAREST_WITHIN_KM` spans in the UK. */
export const NEAR_MARGIN_DEGREES = 0.03;

/**
 * The areas among `candidates` (those whose box is near the point) that hold it, edges
 * included; else the nearest within `NEAREST_WITHIN_KM`; else none.
 */
export function findArea(at: LatLon, candidates: BoundaryRow[]): AreaFinding {
  const point = turfPoint([at.longitude, at.latitude]);
  const holding = candidates.filter((area) => booleanPointInPolygon(point, area.geometry));
  if (holding.length === 1) return { match: AreaMatch.INSIDE, areas: holding, distanceKm: null };
  if (holding.length > 1) return { match: AreaMatch.BORDER, areas: holding, distanceKm: null };
  const nearest = candidates
    .map((area) => ({
      area,
      km: pointToPolygonDistance(point, area.geometry, { units: 'kilometers' }),
    }))
    .sort((a, b) => a.km - b.km)[0];
  if (nearest && nearest.km <= NEAREST_WITHIN_KM)
    return {
      match: AreaMatch.NEAREST,
      areas: [nearest.area],
      distanceKm: Math.round(nearest.km * 1000) / 1000,
    };
  return { match: AreaMatch.NONE, areas: [], distanceKm: null };
}
