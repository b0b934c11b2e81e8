import type { Kysely } from 'kysely';
import { badUserInput } from '../../../../platform/errors/client-errors';
import { parsePostcode } from '../../../kit/geography/postcode';
import { findDistrictBoundariesNear } from '../boundary/boundary.repository';
import type { CouncilsDatabase } from '../database';
import { findCentroid } from './centroid.repository';
import { findArea, NEAR_MARGIN_DEGREES, type LatLon } from './find-area';
import { AreaMatch, LocationPrecision } from './location.enums';
import type { Location } from './location.type';

/** A point and how it was found, before it is matched to areas. */
interface Placed extends LatLon {
  precision: LocationPrecision;
  postcode: string | null;
  outcode: string | null;
  pointSourceId: string | null;
  notes: string[];
}

/** The UK's box, with a margin: a point outside it is in no council's area, however near. */
const UK = { south: 49.5, north: 61.1, west: -8.9, east: 2.1 };

/** The point of a postcode or outward code, or a 400 naming what was wrong with it. */
async function placePostcode(db: Kysely<CouncilsDatabase>, input: string): Promise<Placed> {
  const parsed = parsePostcode(input);
  if (!parsed)
    throw badUserInput(
      `\`postcode\` is not a UK postcode or outward code: ${JSON.stringify(input)} (e.g. "SW1A 1AA" or "SW1A")`,
      'postcode',
    );
  const notes: string[] = [];
  if (parsed.kind === 'postcode') {
    const centre = await findCentroid(db, parsed.postcode);
    if (centre)
      return {
        latitude: centre.latitude,
        longitude: centre.longitude,
        precision: LocationPrecision.POSTCODE,
        postcode: parsed.postcode,
        outcode: parsed.outcode,
        pointSourceId: centre.source_id,
        notes,
      };
    notes.push(
      `This API holds the centres of only some postcodes (those of its records; see /sources), not of ${parsed.postcode}: the point is the centre of its outward code ${parsed.outcode}.`,
    );
  }
  const centre = await findCentroid(db, parsed.outcode);
  if (!centre)
    throw badUserInput(
      `\`postcode\` ${JSON.stringify(input)}: no outward code ${parsed.outcode} is known to the ONS and OS postcode files`,
      'postcode',
    );
  notes.push(
    `Outward code ${parsed.outcode}: the mean of the centres of its ${centre.postcode_count ?? 'many'} postcodes, so the councils are those of that point, which need not be those of every postcode in it.`,
  );
  return {
    latitude: centre.latitude,
    longitude: centre.longitude,
    precision: LocationPrecision.OUTCODE,
    postcode: parsed.kind === 'postcode' ? parsed.postcode : null,
    outcode: parsed.outcode,
    pointSourceId: centre.source_id,
    notes,
  };
}

function placePoint(latitude: number | undefined, longitude: number | undefined): Placed {
  if (latitude === undefined || longitude === undefined)
    throw badUserInput(
      `give both \`latitude\` and \`longitude\` (got only \`${latitude === undefined ? 'longitude' : 'latitude'}\`)`,
      latitude === undefined ? 'latitude' : 'longitude',
    );
  if (Math.abs(latitude) > 90)
    throw badUserInput(`\`latitude\` must be between -90 and 90; got ${latitude}`, 'latitude');
  if (Math.abs(longitude) > 180)
    throw badUserInput(`\`longitude\` must be between -180 and 180; got ${longitude}`, 'longitude');
  return {
    latitude,
    longitude,
    precision: LocationPrecision.POINT,
    postcode: null,
    outcode: null,
    pointSourceId: null,
    notes: [],
  };
}

const names = (areas: { name: string }[]) => areas.map((area) => area.name).join(' and ');

/** The councils whose areas hold a placed point. */
export async function locatePlaced(
  db: Kysely<CouncilsDatabase>,
  placed: Placed,
): Promise<Location> {
  const inUk =
    placed.latitude >= UK.south &&
    placed.latitude <= UK.north &&
    placed.longitude >= UK.west &&
    placed.longitude <= UK.east;
  const finding = inUk
    ? findArea(placed, await findDistrictBoundariesNear(db, placed, NEAR_MARGIN_DEGREES))
    : { match: AreaMatch.NONE, areas: [], distanceKm: null };
  const notes = [...placed.notes];
  if (finding.match === AreaMatch.BORDER)
    notes.push(
      `On the border of ${names(finding.areas)} as the generalised boundaries draw it: both are listed in \`councils\`, and \`district\` is null.`,
    );
  if (finding.match === AreaMatch.NEAREST)
    notes.push(
      `In no council's area as the generalised (500 m) boundaries draw it, ${finding.distanceKm} km from ${names(finding.areas)}, which is taken: coasts and borders move in generalisation.`,
    );
  if (finding.match === AreaMatch.NONE)
    notes.push(
      inUk
        ? "In no council's area and more than 1 km from any: at sea, as the boundaries (clipped to the coastline) draw it."
        : 'Outside the United Kingdom: no council of this API covers it.',
    );
  return {
    latitude: placed.latitude,
    longitude: placed.longitude,
    precision: placed.precision,
    postcode: placed.postcode,
    outcode: placed.outcode,
    match: finding.match,
    distanceKm: finding.distanceKm,
    notes,
    districtIds: finding.areas.map((area) => area.council_id),
    pointSourceId: placed.pointSourceId,
  };
}

/** `locate(postcode:)` or `locate(latitude:, longitude:)`: exactly one of the two. */
export async function locate(
  db: Kysely<CouncilsDatabase>,
  args: { postcode?: string; latitude?: number; longitude?: number },
): Promise<Location> {
  const byPoint = args.latitude !== undefined || args.longitude !== undefined;
  if (args.postcode !== undefined && byPoint)
    throw badUserInput('give `postcode`, or `latitude` and `longitude`, not both', 'postcode');
  if (args.postcode === undefined && !byPoint)
    throw badUserInput('give a `postcode`, or a `latitude` and a `longitude`');
  const placed =
    args.postcode !== undefined
      ? await placePostcode(db, args.postcode)
      : placePoint(args.latitude, args.longitude);
  return locatePlaced(db, placed);
}

/** A `Location` another subgraph refers to by its point. */
export const locatePoint = (db: Kysely<CouncilsDatabase>, at: LatLon): Promise<Location> =>
  locatePlaced(db, placePoint(at.latitude, at.longitude));
