import type { MultiPolygon, Polygon, Position } from 'geojson';
import { z } from 'zod';
import { gssCode, text } from '../../kit/ingest/cells';
import { duplicateKeys, validateRecords, type CsvResult } from '../../kit/ingest/csv';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { Problem } from '../../kit/ingest/problems';
import { syncRecords } from '../../kit/ingest/sync';
import type { SourceDescriptor } from '../../kit/types/source';
import type { BoundaryLayer } from '../src/boundary/boundary.table';
import type { CouncilsDatabase } from '../src/database';
import { countyBoundariesSource, districtBoundariesSource } from '../src/sources';

const position = z
  .array(z.number().finite())
  .min(2, 'a position is [longitude, latitude]')
  .max(3, 'a position is [longitude, latitude] or [longitude, latitude, height]')
  .refine(
    ([longitude, latitude]) => Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90,
    'is not a longitude and latitude in degrees (WGS84, as RFC 7946 requires)',
  );
const ring = z
  .array(position)
  .min(4, 'a ring has at least 4 positions')
  .refine((points) => {
    const [first, last] = [points[0], points[points.length - 1]];
    return first[0] === last[0] && first[1] === last[1];
  }, 'a ring must end where it starts');
const polygon = z.array(ring).min(1, 'a polygon has an exterior ring');
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
]);

const rowSchema = z.object({ code: gssCode(), name: text(), geometry });
type Row = z.output<typeof rowSchema>;

/** What tells one ONS boundary file's features apart, and which of them are loaded. */
interface BoundaryFile {
  source: SourceDescriptor;
  layer: BoundaryLayer;
  vintage: string;
  /** The feature properties holding the GSS code and the name (`LAD24CD`, `LAD24NM`). */
  codeProperty: string;
  nameProperty: string;
  keep: (code: string) => boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a GeoJSON FeatureCollection into one record per kept feature. A problem names the
 * feature (`features[12].geometry`), since ONS files hold the whole collection on one line.
 */
function readFeatures(file: string, content: string, spec: BoundaryFile): CsvResult<Row> {
  const whole = (reason: string): CsvResult<Row> => ({
    records: [],
    problems: [{ file, line: 0, reason }],
  });
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    return whole(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(document) || document.type !== 'FeatureCollection')
    return whole('must be a GeoJSON FeatureCollection');
  const features = document.features;
  if (!Array.isArray(features) || features.length === 0)
    return whole('the FeatureCollection has no "features"');
  const result: CsvResult<Row> = { records: [], problems: [] };
  features.forEach((feature: unknown, index) => {
    const properties = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
    const code = properties[spec.codeProperty];
    if (typeof code === 'string' && !spec.keep(code)) return;
    const { records, problems } = validateRecords(
      file,
      [
        {
          line: 1,
          record: {
            code,
            name: properties[spec.nameProperty],
            geometry: isObject(feature) ? feature.geometry : undefined,
          },
        },
      ],
      rowSchema,
    );
    // The record's line is the feature's number, for `duplicateKeys` to point at.
    result.records.push(...records.map((record) => ({ ...record, line: index + 1 })));
    result.problems.push(
      ...problems.map((problem) => ({
        ...problem,
        line: 0,
        column: `features[${index}]${problem.column ? `.${problem.column}` : ''}`,
      })),
    );
  });
  return result;
}

/** Twice the signed area of a ring (shoelace): positive when it runs anticlockwise. */
const signedArea = (points: Position[]) =>
  points.slice(1).reduce((sum, [x, y], i) => sum + (points[i][0] * y - x * points[i][1]), 0);

/** RFC 7946 winding: exterior rings anticlockwise, holes clockwise (ONS files wind the other way). */
function rfc7946Winding(shape: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const wind = (rings: Position[][]) =>
    rings.map((points, i) =>
      signedArea(points) > 0 === (i === 0) ? points : [...points].reverse(),
    );
  return shape.type === 'Polygon'
    ? { type: 'Polygon', coordinates: wind(shape.coordinates) }
    : { type: 'MultiPolygon', coordinates: shape.coordinates.map(wind) };
}

/** The box round every position, as Postgres writes a `box`: `(east,north),(west,south)`. */
function boxOf(shape: Polygon | MultiPolygon): string {
  const positions: Position[] = (
    shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat()
  ).flat();
  const longitudes = positions.map(([longitude]) => longitude);
  const latitudes = positions.map(([, latitude]) => latitude);
  return `(${Math.max(...longitudes)},${Math.max(...latitudes)}),(${Math.min(...longitudes)},${Math.min(...latitudes)})`;
}

function boundaryImporter(spec: BoundaryFile): DatasetImporter<CouncilsDatabase, Row> {
  return {
    source: spec.source,
    rowSchema,
    parse: (file, content) => readFeatures(file, content, spec),
    check: async (db, records, file) => {
      const known = new Set(
        (await db.selectFrom('council').select('id').execute()).map((council) => council.id),
      );
      const problems: Problem[] = duplicateKeys(
        file,
        records,
        spec.codeProperty,
        (row) => row.code,
      ).map((problem) => ({ ...problem, column: `features[${problem.line - 1}]`, line: 0 }));
      for (const { line, row } of records)
        if (!known.has(row.code))
          problems.push({
            file,
            line: 0,
            column: `features[${line - 1}].properties.${spec.codeProperty}`,
            reason: `"${row.code}" (${row.name}) is not a council in the register`,
          });
      return problems;
    },
    write: (trx, records, run) =>
      syncRecords(trx, {
        table: 'boundary',
        key: ['council_id'],
        rows: records.map(({ row }) => {
          const shape = rfc7946Winding(row.geometry);
          return {
            council_id: row.code,
            layer: spec.layer,
            name: row.name,
            vintage: spec.vintage,
            bbox: boxOf(shape),
            geometry: shape,
            source_id: spec.source.id,
          };
        }),
        scope: { source_id: spec.source.id },
        runId: run.id,
        now: run.startedAt,
      }),
  };
}

/** `lad_may2024_uk_buc.geojson` → `councils.boundary`: every district and unitary of the UK. */
export const districtBoundariesImporter = boundaryImporter({
  source: districtBoundariesSource,
  layer: 'district',
  vintage: 'LAD May 2024 BUC',
  codeProperty: 'LAD24CD',
  nameProperty: 'LAD24NM',
  keep: () => true,
});

/** `ctyua_dec2024_uk_buc.geojson` → `councils.boundary`: the county councils (E10) only. */
export const countyBoundariesImporter = boundaryImporter({
  source: countyBoundariesSource,
  layer: 'county',
  vintage: 'CTYUA December 2024 BUC',
  codeProperty: 'CTYUA24CD',
  nameProperty: 'CTYUA24NM',
  keep: (code) => code.startsWith('E10'),
});
