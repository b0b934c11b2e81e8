import type { Kysely } from 'kysely';
import { runImports } from '../../subgraphs/kit/ingest/pipeline';
import type { ImportStep } from '../../subgraphs/kit/ingest/importer';
import { IngestValidationError } from '../../subgraphs/kit/ingest/problems';
import { assetsModule } from '../../subgraphs/assets/module';
import type { AssetsDatabase } from '../../subgraphs/assets/src/database';
import { AssetEventKind } from '../../subgraphs/assets/src/event/event.enums';
import type { Database } from '../../platform/db/database';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { fixtureCopy } from '../support/fixtures';
import { snapshotSchema } from '../support/loading';

const FILES = assetsModule.sources.map((source) => source.fileName);
const CAMDEN = 'camden_assets_of_community_value.csv';
const COMPILED = 'assets_of_community_value.csv';

describe('assets loaders', () => {
  let database: TestDatabase;
  let target: Database<AssetsDatabase>;
  let db: Kysely<AssetsDatabase>;
  let files: ReturnType<typeof fixtureCopy>;

  /** One load of every fixture file, as `npm run ingest` does it (derivation included). */
  const loadAll = () =>
    runImports(
      target,
      assetsModule.importers.map(
        (importer): ImportStep<AssetsDatabase> => ({
          importer,
          filePath: files.path(importer.source.fileName),
        }),
      ),
      { derive: assetsModule.derive },
    );
  const rejection = async () => {
    const error = await loadAll().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestValidationError);
    return (error as IngestValidationError).problems;
  };
  const statusOn = async (id: string, day: string) =>
    (
      await db
        .selectFrom('asset_period')
        .select('status')
        .where('asset_id', '=', id)
        .where('starts_on', '<=', day)
        .where((w) => w.or([w('ends_on', 'is', null), w('ends_on', '>', day)]))
        .executeTakeFirst()
    )?.status ?? null;

  beforeEach(async () => {
    database = await copyDatabase('empty');
    target = database.open<AssetsDatabase>('assets');
    db = target.db;
    files = fixtureCopy('assets', FILES);
  });
  afterEach(() => database.drop());

  it('loads every format: compiled records, planning data, a council register and events', async () => {
    const reports = await loadAll();
    expect(Object.fromEntries(reports.map((r) => [r.file, r.inserted]))).toEqual({
      'uk_local_authorities.csv': 8,
      'imd2025_england_la_summary.csv': 5,
      'strategic_authority_devolution.csv': 2,
      'postcode_centroids_gb.csv': 2,
      'postcode_centroids_ni.csv': 3,
      'acv_citations.csv': 2,
      [COMPILED]: 5,
      'acv_planning_data_camden_register_entries.csv': 2,
      'asset-of-community-value.csv': 2,
      [CAMDEN]: 2,
      'acv_events.csv': 3,
    });
    const tavern = await db
      .selectFrom('asset')
      .selectAll()
      .where('id', '=', 'CMD-the-fixture-tavern')
      .executeTakeFirstOrThrow();
    expect(tavern).toMatchObject({
      name: 'The Fixture Tavern',
      address: '9 Example Road, London NW5 1AA',
      council_id: 'E09000007',
      region: 'London',
      latitude: 51.5501,
      longitude: -0.142,
      category: 'pub',
      category_inferred: true,
    });
    const events = await db
      .selectFrom('asset_event')
      .select(['kind', 'occurred_on'])
      .where('asset_id', '=', 'CMD-the-fixture-tavern')
      .orderBy('occurred_on')
      .orderBy('kind')
      .execute();
    expect(events).toEqual([
      { kind: 'nominated', occurred_on: '2022-03-01' },
      { kind: 'listed', occurred_on: '2022-04-20' },
      { kind: 'bid_requested', occurred_on: '2024-09-05' },
      { kind: 'disposal_notified', occurred_on: '2024-09-05' },
    ]);
    const moratorium = await db
      .selectFrom('asset_moratorium')
      .selectAll()
      .where('asset_id', '=', 'CMD-the-fixture-tavern')
      .executeTakeFirstOrThrow();
    // A group asked to bid in time: the full moratorium, 6 months beginning with the notice.
    expect(moratorium).toMatchObject({
      regime: 'localism_act_2011',
      ends_on: '2025-03-04',
      protected_until: '2026-03-04',
    });
  });

  it('changes nothing when the same files are loaded twice', async () => {
    await loadAll();
    const before = await snapshotSchema(db, 'assets');
    const reports = await loadAll();
    for (const report of reports)
      expect([report.file, report.inserted, report.updated, report.removed]).toEqual([
        report.file,
        0,
        0,
        0,
      ]);
    const after = await snapshotSchema(db, 'assets');
    // Only the run log grows; every record, event and derived row is as it was.
    for (const table of Object.keys(before).filter(
      (t) => !['ingest_run', 'derivation'].includes(t),
    ))
      expect([table, after[table]]).toEqual([table, before[table]]);
  });

  it.each([
    [
      CAMDEN,
      (csv: string) => csv.replace('04/20/2022 12:00:00 AM', '13/45/2022'),
      {
        line: 2,
        column: 'Decision Date',
        reason: 'is not a real calendar date (03/15/2016 layout) (got "13/45/2022")',
      },
    ],
    [
      COMPILED,
      (csv: string) => csv.replace(',listed,listing shown', ',listted,listing shown'),
      {
        line: 2,
        column: 'status',
        reason: expect.stringMatching(
          /^unknown status "listted": it must start with one of .*listed/,
        ),
      },
    ],
    [
      'asset-of-community-value.csv',
      (csv: string) => csv.replace('POINT(-0.14230 51.53756)', 'POINT(51.53756)'),
      {
        line: 2,
        column: 'point',
        reason: expect.stringMatching(/^must be POINT\(longitude latitude\)/),
      },
    ],
  ])(
    'rejects a bad row of %s with line, column and reason, and writes nothing',
    async (file, change, problem) => {
      await loadAll();
      const before = await snapshotSchema(db, 'assets');
      files.edit(file, change);
      expect(await rejection()).toEqual([{ file, ...problem }]);
      expect(await snapshotSchema(db, 'assets')).toEqual(before);
    },
  );

  it('rejects an event of an asset no register holds, and an event word it has no kind for', async () => {
    files.edit(
      'acv_events.csv',
      (csv) =>
        `${csv}NO-SUCH-ASSET,listed,2020-01-01,,https://example.org\nWHA-ACV-U-01,demolished,2022-01-01,,https://example.org\n`,
    );
    const problems = await rejection();
    expect(problems).toEqual([
      {
        file: 'acv_events.csv',
        line: 5,
        column: 'record_id',
        reason: '"NO-SUCH-ASSET" is not an asset in any loaded register',
      },
      {
        file: 'acv_events.csv',
        line: 6,
        column: 'event',
        reason: expect.stringMatching(/^unknown event "demolished": it must be one of /),
      },
    ]);
  });

  it('rejects a record whose abolished council is not succeeded by the council it gives', async () => {
    files.edit(COMPILED, (csv) =>
      csv.replace('FIX-ACV-AYLESBURY,E06000060,BUC', 'FIX-ACV-AYLESBURY,E09000007,CMD'),
    );
    expect(await rejection()).toEqual([
      {
        file: COMPILED,
        line: 5,
        column: 'local_authority_gss_code',
        reason:
          'Aylesbury Vale District Council is succeeded by Buckinghamshire Council, not London Borough of Camden',
      },
    ]);
  });

  it('closes what a newer register leaves out and records what changed, so an earlier day still shows the old register', async () => {
    await loadAll();
    // The newer file drops the baths and changes the tavern's nominating group and notice date;
    // its latest date (2025-01-10) is the day it was read.
    files.edit(CAMDEN, (csv) =>
      csv
        .split('\n')
        .filter((line) => !line.startsWith('"Kentish Town Baths'))
        .join('\n')
        .replace('Fixture Tavern Regulars', 'Fixture Tavern Society')
        .replace('09/05/2024', '01/10/2025'),
    );
    const reports = await loadAll();
    expect(reports.find((r) => r.file === CAMDEN)).toMatchObject({
      inserted: 0,
      updated: 1,
      removed: 0,
    });
    const baths = 'CMD-kentish-town-baths';
    expect(await statusOn(baths, '2024-06-01')).toBe('listed');
    expect(await statusOn(baths, '2025-02-01')).toBe('removed');
    const history = await db
      .selectFrom('record_history')
      .select(['table_name', 'record_key', 'change'])
      .where('table_name', '=', 'asset')
      .orderBy('record_key')
      .execute();
    // The tavern's old version is kept; the baths are closed by an event, not deleted.
    expect(history).toEqual([
      { table_name: 'asset', record_key: 'CMD-the-fixture-tavern', change: 'updated' },
    ]);
    expect(
      await db
        .selectFrom('asset_event')
        .select(['kind', 'occurred_on', 'origin'])
        .where('asset_id', '=', baths)
        .where('kind', '=', AssetEventKind.LEFT_REGISTER)
        .execute(),
    ).toEqual([{ kind: 'left_register', occurred_on: '2025-01-10', origin: 'register:absent' }]);
  });
});
