import type { ColumnType } from 'kysely';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LoadedColumns } from '../../../kit/ingest/tables';

/** Which boundary file an area comes from. */
export type BoundaryLayer = 'district' | 'county';

/** The area of one council as the ONS generalised boundaries draw it (`councils.boundary`). */
export interface BoundaryTable extends LoadedColumns {
  /** GSS code of the council (`Council.id`). */
  council_id: string;
  /** `district`: a district or unitary (LAD file); `county`: a county council (CTYUA file). */
  layer: BoundaryLayer;
  /** The name the boundary file gives. */
  name: string;
  /** The boundary file's edition (`LAD May 2024 BUC`). */
  vintage: string;
  /** The box round the area, `(east,north),(west,south)` in degrees; read as text. */
  bbox: ColumnType<string, string, string>;
  /** GeoJSON geometry in WGS84 longitude/latitude, exterior rings anticlockwise (RFC 7946). */
  geometry: Polygon | MultiPolygon;
}

export const BOUNDARY_COLUMNS = [
  'council_id',
  'layer',
  'name',
  'vintage',
  'geometry',
  'source_id',
] as const satisfies readonly (keyof BoundaryTable)[];
