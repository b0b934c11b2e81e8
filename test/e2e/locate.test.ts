import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../platform/paths';
import { fixturesDir } from '../support/fixtures';
import { graphql, startTestGraph, type TestGraph } from '../support/services';

/**
 * Rows of the ONS postcode directory (and, for Wales and the check sample, OS Code-Point Open)
 * copied from public repositories, each with its repository, path and commit: the district and
 * county they give a postcode are the answers `locate` must find by boundary. Not our data.
 */
interface OracleRow {
  postcode: string;
  terminated: string;
  country_code: string;
  county_code: string;
  lad_code: string;
  latitude: string;
  longitude: string;
  source_kind: string;
}
const ORACLE: OracleRow[] = parse(
  readFileSync(path.join(fixturesDir('geography'), 'postcode_oracle_rows.csv')),
  { columns: true },
);

const LOCATION = `
  district { id name nation }
  county { id }
  councils { id }
  strategicAuthority { id }
  match precision postcode outcode distanceKm notes
  pointSource { id licence }
  boundarySource { id licence }`;

describe('locate: from a postcode or a point to the councils whose areas hold it (real data)', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
  });
  afterAll(() => graph?.stop());

  const locate = async (args: string) => {
    const response = await graphql(graph.gateway.url, `{ locate(${args}) { ${LOCATION} } }`);
    expect(response.errors).toBeUndefined();
    return response.data!.locate;
  };

  it('finds the district of the directory for postcodes in all four nations, by postcode and by point', async () => {
    const nations = new Set<string>();
    const matches = new Map<string, number>();
    const wrong: string[] = [];
    for (const row of ORACLE) {
      const asked = [`latitude: ${row.latitude}, longitude: ${row.longitude}`];
      // The API holds the centres of every live check postcode; terminated ones only by point.
      if (!row.terminated) asked.push(`postcode: "${row.postcode}"`);
      for (const args of asked) {
        const found = await locate(args);
        const got =
          found.district?.id ?? `${found.match} ${found.councils.map((c: { id: string }) => c.id)}`;
        if (row.lad_code) {
          if (got !== row.lad_code)
            wrong.push(`${row.postcode} (${args}): ${got}, not ${row.lad_code}`);
          if (row.county_code && found.county?.id !== row.county_code)
            wrong.push(`${row.postcode}: county ${found.county?.id}, not ${row.county_code}`);
        } else if (!/^N09/.test(got)) {
          // The Northern Ireland rows give no district: the point must be in one of its 11.
          wrong.push(`${row.postcode} (${args}): ${got}, not a Northern Ireland district`);
        }
        if (found.district) nations.add(found.district.nation);
        matches.set(found.match, (matches.get(found.match) ?? 0) + 1);
      }
    }
    expect(wrong).toEqual([]);
    // Every check point is on land: none may be lost at sea, and few need the nearest area.
    expect(matches.get('NONE') ?? 0).toBe(0);
    expect(matches.get('INSIDE')).toBeGreaterThan(0.9 * ORACLE.length);
    expect([...nations].sort()).toEqual(['ENGLAND', 'NORTHERN_IRELAND', 'SCOTLAND', 'WALES']);
  });

  it('says where the point comes from, and the licence of the postcode and of the boundaries', async () => {
    const found = await locate('postcode: "ll18 6el"');
    expect(found).toMatchObject({
      precision: 'POSTCODE',
      postcode: 'LL18 6EL',
      outcode: 'LL18',
      pointSource: { id: 'S-NSPL-2025-05-GB', licence: 'OGL-UK-3.0' },
      boundarySource: { id: 'S-ONS-LAD-2024-05-BUC', licence: 'OGL-UK-3.0' },
    });
    const ni = await locate('postcode: "BT1 1AA"');
    expect(ni.pointSource.id).toBe('S-NSPL-2025-05-NI');
    expect(ni.pointSource.licence).toMatch(/LPS/);
  });

  /** A vertex two districts' lines share in the boundary file: a point on their border. */
  function sharedVertex(): { at: number[]; codes: string[] } {
    const file = JSON.parse(
      readFileSync(path.join(projectRoot(), 'data', 'lad_may2024_uk_buc.geojson'), 'utf8'),
    ) as {
      features: { properties: { LAD24CD: string }; geometry: { coordinates: unknown } }[];
    };
    const seen = new Map<string, string>();
    for (const feature of file.features) {
      const code = feature.properties.LAD24CD;
      const points = (feature.geometry.coordinates as unknown[]).flat(3) as number[];
      for (let i = 0; i < points.length; i += 2) {
        const key = `${points[i]},${points[i + 1]}`;
        const other = seen.get(key);
        if (other && other !== code)
          return { at: [points[i], points[i + 1]], codes: [other, code] };
        seen.set(key, code);
      }
    }
    throw new Error('no shared vertex in the boundary file');
  }

  it('answers a point on a border, at sea and abroad clearly, without an error', async () => {
    const border = sharedVertex();
    const onBorder = await locate(`latitude: ${border.at[1]}, longitude: ${border.at[0]}`);
    expect(onBorder).toMatchObject({ match: 'BORDER', district: null, county: null });
    expect(onBorder.councils.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining(border.codes),
    );
    expect(onBorder.notes.join(' ')).toMatch(/border/);

    // The Irish Sea, 40 km off Blackpool.
    const atSea = await locate('latitude: 53.8, longitude: -3.7');
    expect(atSea).toMatchObject({ match: 'NONE', district: null, councils: [] });
    expect(atSea.notes.join(' ')).toMatch(/at sea/);

    const paris = await locate('latitude: 48.8566, longitude: 2.3522');
    expect(paris).toMatchObject({ match: 'NONE', councils: [], strategicAuthority: null });
    expect(paris.notes.join(' ')).toMatch(/Outside the United Kingdom/);
  });

  it('places an outward code at its centre, and a postcode it does not hold at its outcode', async () => {
    const outcode = await locate('postcode: "sw1a"');
    expect(outcode).toMatchObject({
      precision: 'OUTCODE',
      postcode: null,
      outcode: 'SW1A',
      district: { id: 'E09000033', name: 'Westminster' },
      strategicAuthority: { id: 'GLA' },
      pointSource: { id: 'S-CPG-OUTCODES-GB' },
    });
    const unheld = await locate('postcode: "SW1A 9ZZ"');
    expect(unheld).toMatchObject({ precision: 'OUTCODE', postcode: 'SW1A 9ZZ', outcode: 'SW1A' });
    expect(unheld.notes[0]).toMatch(/not of SW1A 9ZZ/);
  });

  it('refuses a malformed postcode, an unknown outward code and a point off the globe with 400', async () => {
    const refused = async (args: string) => {
      const call = args ? `locate(${args})` : 'locate';
      const response = await graphql(graph.gateway.url, `{ ${call} { match } }`);
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return response.errors![0].message;
    };
    expect(await refused('postcode: "NOT A POSTCODE"')).toBe(
      '`postcode` is not a UK postcode or outward code: "NOT A POSTCODE" (e.g. "SW1A 1AA" or "SW1A")',
    );
    expect(await refused('postcode: "ZZ9 9ZZ"')).toMatch(/no outward code ZZ9/);
    expect(await refused('latitude: 95, longitude: 0')).toMatch(
      /`latitude` must be between -90 and 90/,
    );
    expect(await refused('latitude: 51.5')).toMatch(/give both `latitude` and `longitude`/);
    expect(await refused('postcode: "SW1A 1AA", latitude: 51.5, longitude: 0')).toMatch(/not both/);
    expect(await refused('')).toMatch(/give a `postcode`/);
  });

  it('gives each asset with a postcode a location, finds it around its postcode, and says why the rest have none', async () => {
    const register: { record_id: string; postcode: string; latitude: string }[] = parse(
      readFileSync(path.join(projectRoot(), 'data', 'assets_of_community_value.csv')),
      { columns: true },
    );
    const withPostcode = register.filter((row) => row.postcode.trim() !== '');
    const all = await graphql(
      graph.gateway.url,
      `
        {
          assets(first: 100, asOf: "2026-11-27") {
            totalCount
            pageInfo {
              endCursor
            }
            nodes {
              id
              postcode
              location {
                precision
                source {
                  id
                }
              }
              locationUnknownReason
            }
          }
        }
      `,
    );
    expect(all.errors).toBeUndefined();
    let nodes = all.data!.assets.nodes as {
      id: string;
      location: { precision: string; source: { id: string } } | null;
      locationUnknownReason: string | null;
    }[];
    if (all.data!.assets.totalCount > 100) {
      const next = await graphql(
        graph.gateway.url,
        `
          query ($after: String) {
            assets(first: 100, after: $after, asOf: "2026-11-27") {
              nodes {
                id
                postcode
                location {
                  precision
                  source {
                    id
                  }
                }
                locationUnknownReason
              }
            }
          }
        `,
        { after: all.data!.assets.pageInfo.endCursor },
      );
      nodes = [...nodes, ...next.data!.assets.nodes];
    }
    const compiled = nodes.filter((node) => register.some((row) => row.record_id === node.id));
    const located = compiled.filter((node) => node.location !== null);
    // No record of the file gives coordinates; every one with a postcode is placed by it.
    expect(register.filter((row) => row.latitude.trim() !== '')).toHaveLength(0);
    expect(located.map((node) => node.id).sort()).toEqual(
      withPostcode
        .map((row) => row.record_id)
        .filter((id) => compiled.some((node) => node.id === id))
        .sort(),
    );
    expect(located.every((node) => node.location!.precision === 'POSTCODE')).toBe(true);
    expect(located.every((node) => node.location!.source.id === 'S-NSPL-2025-05-GB')).toBe(true);
    const unlocated = compiled.filter((node) => node.location === null);
    expect(unlocated.every((node) => /neither a latitude/.test(node.locationUnknownReason!))).toBe(
      true,
    );

    const asset = withPostcode[0];
    const around = await locate(`postcode: "${asset.postcode}"`);
    const near = await graphql(
      graph.gateway.url,
      `
        query ($postcode: String!) {
          locate(postcode: $postcode) {
            assets(radiusKm: 0.05, asOf: "2026-11-27") {
              nodes {
                id
              }
            }
          }
        }
      `,
      { postcode: asset.postcode },
    );
    expect(around.precision).toBe('POSTCODE');
    expect(near.data!.locate.assets.nodes.map((n: { id: string }) => n.id)).toContain(
      asset.record_id,
    );
    const tooFar = await graphql(
      graph.gateway.url,
      '{ locate(postcode: "SW1A") { assets(radiusKm: 500) { totalCount } } }',
    );
    expect(tooFar.errors?.[0].message).toBe(
      '`radiusKm` must be more than 0 and at most 50; got 500',
    );
  });

  it('lists the boards of the councils holding a point', async () => {
    const data = await graphql(
      graph.gateway.url,
      `
        {
          neighbourhoodBoard(id: "p1-accrington") {
            council {
              id
              location {
                latitude
                longitude
              }
            }
          }
        }
      `,
    );
    const council = data.data!.neighbourhoodBoard.council;
    const found = await graphql(
      graph.gateway.url,
      `
        query ($lat: Float!, $lon: Float!) {
          locate(latitude: $lat, longitude: $lon) {
            district {
              id
            }
            neighbourhoodBoards {
              id
              council {
                id
              }
            }
          }
        }
      `,
      { lat: council.location.latitude, lon: council.location.longitude },
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.locate.district.id).toBe(council.id);
    const boards = found.data!.locate.neighbourhoodBoards as {
      id: string;
      council: { id: string };
    }[];
    expect(boards.map((b) => b.id)).toContain('p1-accrington');
    expect(boards.every((b) => b.council.id === council.id)).toBe(true);
  });
});
