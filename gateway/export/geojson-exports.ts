/**
 * The GeoJSON exports (`GET /export/<name>`): each is one list query of the public API, paged
 * through to its end, and a mapping of its nodes to RFC 7946 Features. The filters are the
 * API's own input types, so an export holds exactly what the same query would list.
 */

import type { ExportParameter } from './export-parameters';

/** What one exported record says of its sources, collected for the collection's `licences`. */
export interface SourceNote {
  id: string;
  licence: string;
  attribution: string;
}

export interface ExportFeature {
  type: 'Feature';
  id: string;
  geometry: unknown;
  properties: Record<string, unknown>;
}

export interface GeoJsonExport {
  /** The list field the query pages through (`assets`). */
  list: string;
  /** A query with `$first` and `$after`, and the variables below, returning `{ list: { pageInfo, nodes } }`. */
  query: string;
  /** The URL parameters it takes, by name: the variable each fills, and how to read it. */
  parameters: Record<string, ExportParameter>;
  toFeature(node: Record<string, unknown>): { feature: ExportFeature; sources: SourceNote[] };
}

const SOURCE = 'source { id licence attribution }';
const PAGE = 'pageInfo { hasNextPage endCursor }';

interface AssetNode {
  id: string;
  nodeId: string;
  name: string;
  category: string;
  postcode: string | null;
  council: { id: string; name: string } | null;
  status: { status: string; since: string | null } | null;
  location: {
    latitude: number;
    longitude: number;
    precision: string;
    source: SourceNote;
  } | null;
  locationUnknownReason: string | null;
  source: SourceNote;
}

interface CouncilNode {
  id: string;
  nodeId: string;
  code: string;
  name: string;
  kind: string;
  nation: string;
  region: string | null;
  active: boolean;
  boundary: {
    geometry: unknown;
    properties: { vintage: string; source: string; licence: string; attribution: string };
  } | null;
  source: SourceNote;
}

export const GEOJSON_EXPORTS: Record<string, GeoJsonExport> = {
  'assets.geojson': {
    list: 'assets',
    query: `query Export($first: Int!, $after: String, $filter: AssetFilter, $asOf: LocalDate) {
      assets(first: $first, after: $after, filter: $filter, asOf: $asOf) {
        ${PAGE}
        nodes {
          id nodeId name category postcode
          council { id name }
          status(asOf: $asOf) { status since }
          location { latitude longitude precision ${SOURCE} }
          locationUnknownReason
          ${SOURCE}
        }
      }
    }`,
    parameters: {
      filter: { variable: 'filter', kind: 'json' },
      asOf: { variable: 'asOf', kind: 'date' },
    },
    toFeature(raw) {
      const node = raw as unknown as AssetNode;
      return {
        feature: {
          type: 'Feature',
          id: node.id,
          // RFC 7946 §3.2: an unlocated Feature has a null geometry.
          geometry: node.location
            ? { type: 'Point', coordinates: [node.location.longitude, node.location.latitude] }
            : null,
          properties: {
            id: node.id,
            nodeId: node.nodeId,
            name: node.name,
            category: node.category,
            status: node.status?.status ?? null,
            statusSince: node.status?.since ?? null,
            postcode: node.postcode,
            councilId: node.council?.id ?? null,
            councilName: node.council?.name ?? null,
            locationPrecision: node.location?.precision ?? null,
            locationUnknownReason: node.locationUnknownReason,
            source: node.source.id,
          },
        },
        sources: [node.source, ...(node.location ? [node.location.source] : [])],
      };
    },
  },
  'councils.geojson': {
    list: 'councils',
    query: `query Export($first: Int!, $after: String, $filter: CouncilFilter, $simplify: Float) {
      councils(first: $first, after: $after, filter: $filter) {
        ${PAGE}
        nodes {
          id nodeId code name kind nation region active
          boundary(simplify: $simplify)
          ${SOURCE}
        }
      }
    }`,
    parameters: {
      filter: { variable: 'filter', kind: 'json' },
      simplify: { variable: 'simplify', kind: 'number' },
    },
    toFeature(raw) {
      const node = raw as unknown as CouncilNode;
      const boundary = node.boundary;
      return {
        feature: {
          type: 'Feature',
          id: node.id,
          geometry: boundary?.geometry ?? null,
          properties: {
            id: node.id,
            nodeId: node.nodeId,
            code: node.code,
            name: node.name,
            kind: node.kind,
            nation: node.nation,
            region: node.region,
            active: node.active,
            boundaryVintage: boundary?.properties.vintage ?? null,
            source: node.source.id,
          },
        },
        sources: [
          node.source,
          ...(boundary
            ? [
                {
                  id: boundary.properties.source,
                  licence: boundary.properties.licence,
                  attribution: boundary.properties.attribution,
                },
              ]
            : []),
        ],
      };
    },
  },
};
