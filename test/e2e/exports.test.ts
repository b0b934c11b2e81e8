import { getIssues } from '@placemarkio/check-geojson';
import { graphql, startTestGraph, type TestGraph } from '../support/services';

interface Collection {
  type: string;
  dataVersion: string | null;
  truncated: boolean;
  licences: { id: string; licence: string; attribution: string }[];
  features: {
    type: string;
    id: string;
    geometry: { type: string; coordinates: unknown } | null;
    properties: Record<string, unknown>;
  }[];
}

/** Twice the signed area of a ring: positive when it runs anticlockwise (RFC 7946 §3.1.6). */
const signedArea = (ring: number[][]) =>
  ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i][0] * y - x * ring[i][1]), 0);

/** The exterior rings of a Polygon or MultiPolygon. */
const exteriors = (geometry: { type: string; coordinates: unknown }): number[][][] =>
  geometry.type === 'Polygon'
    ? [(geometry.coordinates as number[][][])[0]]
    : (geometry.coordinates as number[][][][]).map((polygon) => polygon[0]);

describe('GeoJSON exports (real data, through the gateway)', () => {
  let graph: TestGraph;
  let base: string;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
    base = graph.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => graph?.stop());

  const download = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    const text = await response.text();
    return { response, text };
  };

  it('exports the assets the API lists for the same filter, as valid RFC 7946 with licences', async () => {
    const { response, text } = await download('/export/assets.geojson?asOf=2026-11-27');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(getIssues(text)).toEqual([]);
    const collection = JSON.parse(text) as Collection;
    const listed = await graphql(
      graph.gateway.url,
      '{ assets(asOf: "2026-11-27") { totalCount } }',
    );
    expect(collection.features).toHaveLength(listed.data!.assets.totalCount);
    expect(collection.truncated).toBe(false);
    expect(collection.dataVersion).toEqual(expect.any(String));
    const located = collection.features.filter((f) => f.geometry !== null);
    expect(located.length).toBeGreaterThan(0);
    for (const feature of located) {
      expect(feature.geometry!.type).toBe('Point');
      const [longitude, latitude] = feature.geometry!.coordinates as number[];
      expect(latitude).toBeGreaterThan(49);
      expect(longitude).toBeLessThan(2);
      expect(feature.properties.locationPrecision).toBe('POSTCODE');
    }
    expect(collection.licences.map((l) => l.id)).toEqual(
      expect.arrayContaining(['S-CPG-ACV', 'S-NSPL-2025-05-GB']),
    );
    expect(collection.licences.every((l) => l.licence && l.attribution)).toBe(true);

    const council = collection.features.find((f) => f.properties.councilId)!.properties.councilId;
    const filter = encodeURIComponent(JSON.stringify({ councilId: council }));
    const one = JSON.parse(
      (await download(`/export/assets.geojson?asOf=2026-11-27&filter=${filter}`)).text,
    ) as Collection;
    const same = await graphql(
      graph.gateway.url,
      'query ($c: ID!) { assets(asOf: "2026-11-27", first: 100, filter: { councilId: $c }) { nodes { id } } }',
      { c: council },
    );
    expect(one.features.map((f) => f.id)).toEqual(
      same.data!.assets.nodes.map((n: { id: string }) => n.id),
    );
  });

  it('exports council areas, simplified when asked, wound as RFC 7946 requires', async () => {
    const filter = encodeURIComponent(JSON.stringify({ nation: 'WALES', active: true }));
    const full = await download(`/export/councils.geojson?filter=${filter}`);
    const simple = await download(`/export/councils.geojson?filter=${filter}&simplify=200`);
    expect(getIssues(full.text)).toEqual([]);
    expect(getIssues(simple.text)).toEqual([]);
    const collection = JSON.parse(full.text) as Collection;
    const simplified = JSON.parse(simple.text) as Collection;
    expect(collection.features).toHaveLength(22);
    for (const feature of collection.features) {
      for (const ring of exteriors(feature.geometry!)) expect(signedArea(ring)).toBeGreaterThan(0);
      expect(feature.properties.boundaryVintage).toBe('LAD May 2024 BUC');
    }
    expect(simple.text.length).toBeLessThan(full.text.length);
    expect(simplified.features.map((f) => f.id)).toEqual(collection.features.map((f) => f.id));
    expect(collection.licences.map((l) => l.id)).toEqual(
      expect.arrayContaining(['S-MYSOC-LA', 'S-ONS-LAD-2024-05-BUC']),
    );
  });

  it('refuses a bad parameter or a filter the API refuses with 400, saying which', async () => {
    const refused = async (path: string) => {
      const { response, text } = await download(path);
      expect(response.status).toBe(400);
      return (JSON.parse(text) as { error: string }).error;
    };
    expect(await refused('/export/assets.geojson?filter=nope')).toMatch(
      /`filter` must be a JSON object/,
    );
    expect(await refused('/export/assets.geojson?colour=red')).toMatch(
      /unknown parameter `colour`/,
    );
    expect(await refused('/export/assets.geojson?asOf=yesterday')).toMatch(/`asOf` must be a day/);
    expect(
      await refused(`/export/assets.geojson?filter=${encodeURIComponent('{"colour":"red"}')}`),
    ).toMatch(/colour/);
    expect(await refused('/export/councils.geojson?simplify=99999')).toMatch(
      /`simplify` must be between/,
    );
    const missing = await download('/export/nothing.geojson');
    expect(missing.response.status).toBe(404);
  });
});
