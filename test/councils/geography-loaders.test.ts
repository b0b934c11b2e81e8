import type { Kysely } from 'kysely';
import { runImport } from '../../subgraphs/kit/ingest/pipeline';
import { IngestValidationError } from '../../subgraphs/kit/ingest/problems';
import { postcodeCentroidImporter } from '../../subgraphs/kit/geography/centroid.importer';
import { councilsModule } from '../../subgraphs/councils/module';
import { districtBoundariesImporter } from '../../subgraphs/councils/ingest/boundaries.importer';
import type { CouncilsDatabase } from '../../subgraphs/councils/src/database';
import { councilCentroidSources } from '../../subgraphs/councils/src/sources';
import type { Database } from '../../platform/db/database';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { fixtureCopy } from '../support/fixtures';
import { importEachFile, snapshotSchema } from '../support/loading';

const FILES = councilsModule.sources.map((source) => source.fileName);
const LAD = 'lad_may2024_uk_buc.geojson';

describe('councils geography loaders', () => {
  let database: TestDatabase;
  let target: Database<CouncilsDatabase>;
  let db: Kysely<CouncilsDatabase>;
  let files: ReturnType<typeof fixtureCopy>;

  beforeEach(async () => {
    database = await copyDatabase('empty');
    target = database.open<CouncilsDatabase>('councils');
    db = target.db;
    files = fixtureCopy('councils', FILES);
    await importEachFile(target, councilsModule, files.path);
  });
  afterEach(() => database.drop());

  it('stores every feature with its box, wound as RFC 7946 asks, and loads the same file as a no-op', async () => {
    const rows = await db.selectFrom('boundary').selectAll().orderBy('council_id').execute();
    expect(rows.map((row) => [row.council_id, row.layer])).toContainEqual(['E10000016', 'county']);
    expect(rows.filter((row) => row.layer === 'district')).toHaveLength(9);
    for (const row of rows) {
      const exterior =
        row.geometry.type === 'Polygon'
          ? row.geometry.coordinates[0]
          : row.geometry.coordinates[0][0];
      // Shoelace: positive twice-area means anticlockwise.
      const area = exterior
        .slice(1)
        .reduce((sum, [x, y], i) => sum + (exterior[i][0] * y - x * exterior[i][1]), 0);
      expect(area).toBeGreaterThan(0);
      expect(row.bbox).toMatch(/^\(-?[\d.]+,[\d.]+\),\(-?[\d.]+,[\d.]+\)$/);
    }
    const again = await runImport(target, districtBoundariesImporter, files.path(LAD));
    expect(again).toMatchObject({ inserted: 0, updated: 0, removed: 0, unchanged: 9 });
  });

  it('rejects a broken boundary file naming the feature and the fault, and writes nothing', async () => {
    const before = await snapshotSchema(db, councilsModule.schema);
    files.edit(LAD, (json) => {
      const file = JSON.parse(json) as {
        features: { properties: Record<string, string>; geometry: { coordinates: number[][][] } }[];
      };
      file.features[1].geometry.coordinates[0].pop(); // the ring no longer ends where it starts
      file.features[3].properties.LAD24CD = 'E07999999'; // not a council
      return JSON.stringify(file);
    });
    const error = (await runImport(target, districtBoundariesImporter, files.path(LAD)).catch(
      (e) => e,
    )) as IngestValidationError;
    expect(error).toBeInstanceOf(IngestValidationError);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: LAD,
          column: expect.stringMatching(/^features\[1\]\.geometry/),
          reason: 'a ring must end where it starts',
        }),
      ]),
    );
    expect(await snapshotSchema(db, councilsModule.schema)).toEqual(before);

    // A file whose only fault is a code not in the register.
    const mended = fixtureCopy('councils', [LAD]);
    mended.edit(LAD, (json) => json.replace(/"LAD24CD":"E07000105"/, '"LAD24CD":"E07999999"'));
    const unknown = (await runImport(target, districtBoundariesImporter, mended.path(LAD)).catch(
      (e) => e,
    )) as IngestValidationError;
    expect(unknown.problems).toEqual([
      expect.objectContaining({
        column: expect.stringMatching(/^features\[\d+\]\.properties\.LAD24CD$/),
        reason: expect.stringMatching(/^"E07999999" \(.+\) is not a council in the register$/),
      }),
    ]);
    expect(await snapshotSchema(db, councilsModule.schema)).toEqual(before);
  });

  it('refuses a postcode row that is not a postcode or not in the UK, naming the line', async () => {
    const file = 'postcode_centroids_gb.csv';
    files.edit(file, (csv) => `${csv.trimEnd()}\nNOT A CODE,51.5,-0.1\nSW1A 2AA,40.4,-3.7\n`);
    const error = (await runImport(
      target,
      postcodeCentroidImporter(councilCentroidSources.postcodes),
      files.path(file),
    ).catch((e) => e)) as IngestValidationError;
    const lines = files.read(file).trimEnd().split('\n').length;
    expect(error.problems).toEqual([
      expect.objectContaining({
        line: lines - 1,
        column: 'postcode',
        reason: 'must be a full UK postcode (e.g. SW1A 1AA) (got "NOT A CODE")',
      }),
      expect.objectContaining({
        line: lines,
        column: 'latitude',
        reason: 'must be a UK latitude (49 to 61) (got "40.4")',
      }),
    ]);
  });
});
