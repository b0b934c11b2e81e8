import type { Kysely } from 'kysely';
import { ingestAll } from '../../scripts/lib/database';
import { runImport } from '../../subgraphs/kit/ingest/pipeline';
import { registered } from '../../subgraphs/kit/service/module';
import { IngestValidationError } from '../../subgraphs/kit/ingest/problems';
import { boardStatusImporter } from '../../subgraphs/neighbourhood-boards/ingest/board-status.importer';
import { membershipsImporter } from '../../subgraphs/neighbourhood-boards/ingest/memberships.importer';
import { placesImporter } from '../../subgraphs/neighbourhood-boards/ingest/places.importer';
import { neighbourhoodBoardsModule } from '../../subgraphs/neighbourhood-boards/module';
import type { NeighbourhoodBoardsDatabase } from '../../subgraphs/neighbourhood-boards/src/database';
import type { Database } from '../../platform/db/database';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { fixtureCopy } from '../support/fixtures';
import { importEachFile, snapshotSchema } from '../support/loading';

const FILES = neighbourhoodBoardsModule.sources.map((source) => source.fileName);
const MEMBERS = 'neighbourhood_board_members.csv';

const COMPILED = [
  'neighbourhood_board_organisations_compiled.csv',
  'neighbourhood_board_status_compiled.csv',
  'neighbourhood_board_members_compiled.csv',
];

const snapshot = (db: Kysely<NeighbourhoodBoardsDatabase>) =>
  snapshotSchema(db, neighbourhoodBoardsModule.schema);

/** Replaces the cells of the row whose first cell is `id` (cells by column name). */
function editRow(csv: string, id: string, cells: Record<string, string>): string {
  const lines = csv.split('\n');
  const header = lines[0].split(',');
  const index = lines.findIndex((line) => line.startsWith(`${id},`));
  if (index < 0) throw new Error(`no row ${id}`);
  const values = lines[index].split(',');
  for (const [column, value] of Object.entries(cells)) values[header.indexOf(column)] = value;
  lines[index] = values.join(',');
  return lines.join('\n');
}

const lineOf = (csv: string, id: string) =>
  csv.split('\n').findIndex((line) => line.startsWith(`${id},`)) + 1;

describe('neighbourhood-boards loaders', () => {
  let database: TestDatabase;
  let target: Database<NeighbourhoodBoardsDatabase>;
  let db: Kysely<NeighbourhoodBoardsDatabase>;
  let files: ReturnType<typeof fixtureCopy>;

  const loadAll = () => importEachFile(target, neighbourhoodBoardsModule, files.path);

  beforeEach(async () => {
    database = await copyDatabase('empty');
    target = database.open<NeighbourhoodBoardsDatabase>('neighbourhood_boards');
    db = target.db;
    files = fixtureCopy('neighbourhood-boards', FILES);
  });
  afterEach(() => database.drop());

  it('loads places, organisations, status changes and members', async () => {
    const reports = await loadAll();
    expect(reports.map((r) => [r.file, r.inserted])).toEqual([
      ['pride_in_place_places.csv', 9],
      ['neighbourhood_board_organisations.csv', 4],
      ['neighbourhood_board_organisations_compiled.csv', 2],
      ['neighbourhood_board_status.csv', 6],
      ['neighbourhood_board_status_compiled.csv', 2],
      [MEMBERS, 9],
      ['neighbourhood_board_members_compiled.csv', 4],
    ]);
    const accrington = await db
      .selectFrom('board_current')
      .selectAll()
      .where('id', '=', 'p1-accrington')
      .executeTakeFirstOrThrow();
    expect(accrington).toMatchObject({
      place_name: 'Accrington',
      phase: 'phase_1',
      programme_history: [
        'Long-Term Plan for Towns (2023-24)',
        'Plan for Neighbourhoods (Mar 2025)',
        'Pride in Place Programme phase 1',
      ],
      announced_on: '2025-03-04',
      council_id: 'E07000120',
      council_code: 'HYN',
      nation: 'England',
      region: 'North West',
      funding_cap_gbp: '20000000.00',
      funding_period_years: 10,
      name_confidence: 'official',
      council_confidence: 'compiled',
      citation_ids: ['S-PFN-STATEMENT', 'S-PFN-PROSPECTUS', 'S-PIP-COMPILATION'],
      // The fixture's latest change (2026-10-01) is in the past on any day these tests run.
      status: 'community_owned',
      legal_form: 'co_operative_society',
      owner_organisation_id: 'accrington-town-co-op',
    });
  });

  it('reads the verification labels into a confidence per fact', async () => {
    await runImport(target, placesImporter, files.path('pride_in_place_places.csv'));
    const rows = await db
      .selectFrom('board')
      .select(['id', 'name_confidence', 'council_confidence'])
      .where('id', 'in', ['p1-accrington', 'p2-druids-heath', 'p3-west-howe'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'p1-accrington', name_confidence: 'official', council_confidence: 'compiled' },
      { id: 'p2-druids-heath', name_confidence: 'corroborated', council_confidence: 'third_party' },
      { id: 'p3-west-howe', name_confidence: 'third_party', council_confidence: 'third_party' },
    ]);
  });

  it('shows a status change only from its day: a future-dated one waits', async () => {
    await loadAll();
    const barnsley = await db
      .selectFrom('board_current')
      .select(['status', 'status_since'])
      .where('id', '=', 'p1-barnsley')
      .executeTakeFirstOrThrow();
    expect(barnsley).toEqual({ status: 'forming', status_since: '2025-04-01' });
  });

  it('gives a board with no recorded status ANNOUNCED, since its announcement, council-accountable', async () => {
    await loadAll();
    const row = await db
      .selectFrom('board_current')
      .select(['status', 'status_since', 'legal_form', 'status_recorded'])
      .where('id', '=', 'p1-arbroath')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: 'announced',
      status_since: '2025-03-04',
      legal_form: 'unincorporated',
      status_recorded: false,
    });
  });

  it('is idempotent, and keeps the old version of a changed place', async () => {
    await loadAll();
    const again = await loadAll();
    for (const report of again)
      expect(report).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    expect(await db.selectFrom('record_history').selectAll().execute()).toEqual([]);

    files.edit('pride_in_place_places.csv', (csv) =>
      editRow(csv, 'p1-kirkwall', { place_name: 'Kirkwall (Orkney)' }),
    );
    const report = await runImport(target, placesImporter, files.path('pride_in_place_places.csv'));
    expect(report).toMatchObject({ updated: 1, inserted: 0, removed: 0, unchanged: 8 });
    const [history] = await db.selectFrom('record_history').selectAll().execute();
    expect(history).toMatchObject({
      table_name: 'board',
      record_key: 'p1-kirkwall',
      change: 'updated',
    });
    expect((history.data as { place_name: string }).place_name).toBe('Kirkwall');
  });

  describe('membership rules', () => {
    const cases: [string, string, Record<string, string>, string, string][] = [
      [
        'a chair who sits as a councillor',
        'acc-02',
        { constituency: 'councillor' },
        'constituency',
        'chair-not-elected',
      ],
      [
        'a chair who is a mayor',
        'bar-01',
        { elected_office: 'mayor' },
        'elected_office',
        'chair-not-elected',
      ],
      [
        'a chair who is the MP',
        'acc-02',
        { constituency: 'mp' },
        'constituency',
        'chair-not-elected',
      ],
      [
        'a term that ends before it starts',
        'acc-05',
        { to_date: '2023-12-31' },
        'to_date',
        'term-in-order',
      ],
      [
        'two chairs at once',
        'acc-02',
        { from_date: '2025-06-30' },
        'from_date',
        'one-chair-at-a-time',
      ],
      ['a second open-ended chair', 'acc-01', { to_date: '' }, 'from_date', 'one-chair-at-a-time'],
      [
        'a person and an organisation in one seat',
        'acc-03',
        { organisation_id: 'hyndburn-chamber' },
        'person_name',
        'member-is-person-or-organisation',
      ],
    ];

    it.each(cases)(
      'rejects %s, naming the row and the rule, and writes nothing',
      async (_name, id, cells, column, rule) => {
        await loadAll();
        const before = await snapshot(db);
        files.edit(MEMBERS, (csv) => editRow(csv, id, cells));
        const error = await runImport(target, membershipsImporter, files.path(MEMBERS)).catch(
          (e) => e,
        );

        expect(error).toBeInstanceOf(IngestValidationError);
        const problems = (error as IngestValidationError).problems;
        expect(problems).toHaveLength(1);
        // The overlap is reported on the chair that starts second.
        const reported = rule === 'one-chair-at-a-time' ? 'acc-02' : id;
        expect(problems[0]).toMatchObject({
          file: MEMBERS,
          line: lineOf(files.read(MEMBERS), reported),
          column,
          reason: expect.stringContaining(`breaks rule "${rule}"`),
        });
        expect((error as Error).message).toContain('nothing was written');
        expect(await snapshot(db)).toEqual(before);
      },
    );

    it('lets a chair hand over on consecutive days', async () => {
      await loadAll();
      files.edit(MEMBERS, (csv) =>
        editRow(editRow(csv, 'acc-01', { to_date: '2025-03-31' }), 'acc-02', {
          from_date: '2025-04-01',
        }),
      );
      const report = await runImport(target, membershipsImporter, files.path(MEMBERS));
      expect(report).toMatchObject({ updated: 2, unchanged: 7 });
    });
  });

  it('rejects members of unknown boards or organisations, with the line', async () => {
    await loadAll();
    files.edit(MEMBERS, (csv) =>
      editRow(editRow(csv, 'bar-01', { board_id: 'p9-nowhere' }), 'bar-02', {
        organisation_id: 'no-such-group',
      }),
    );
    const error = (await runImport(target, membershipsImporter, files.path(MEMBERS)).catch(
      (e) => e,
    )) as IngestValidationError;
    expect(error.problems).toEqual([
      expect.objectContaining({
        line: 9,
        column: 'board_id',
        reason: expect.stringContaining('"p9-nowhere" is not a board'),
      }),
      expect.objectContaining({
        line: 10,
        column: 'organisation_id',
        reason: expect.stringContaining('"no-such-group"'),
      }),
    ]);
  });

  it('rejects a community-owned status without its owner', async () => {
    await loadAll();
    const before = await snapshot(db);
    files.edit('neighbourhood_board_status.csv', (csv) =>
      csv.replace(',co_operative_society,accrington-town-co-op,', ',unincorporated,,'),
    );
    const error = (await runImport(
      target,
      boardStatusImporter,
      files.path('neighbourhood_board_status.csv'),
    ).catch((e) => e)) as IngestValidationError;
    expect(error.problems.map((p) => [p.line, p.column])).toEqual([
      [5, 'organisation_id'],
      [5, 'legal_form'],
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rejects a verification label it does not know', async () => {
    files.edit('pride_in_place_places.csv', (csv) =>
      // The first place (line 2): String.replace changes the first occurrence only.
      csv.replace(
        '"name: official (UK Parliament written statement 4 Mar 2025 / gov.uk prospectus); local authority: compiled, cross-checked"',
        'rumour',
      ),
    );
    const error = (await runImport(
      target,
      placesImporter,
      files.path('pride_in_place_places.csv'),
    ).catch((e) => e)) as IngestValidationError;
    expect(error.problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'verification',
        reason: expect.stringContaining('not a verification label'),
      }),
    ]);
    expect(await db.selectFrom('board').selectAll().execute()).toEqual([]);
  });

  it('rejects a citation that is not a known document', async () => {
    files.edit('pride_in_place_places.csv', (csv) => csv.replace('S-PIP-EXPANSION', 'S-GOSSIP'));
    const error = (await runImport(
      target,
      placesImporter,
      files.path('pride_in_place_places.csv'),
    ).catch((e) => e)) as IngestValidationError;
    expect(error.problems).toEqual([
      expect.objectContaining({
        line: lineOf(files.read('pride_in_place_places.csv'), 'p3-west-howe'),
        column: 'source_ids',
        reason: '"S-GOSSIP" is not a document in src/citations.ts',
      }),
    ]);
  });

  describe('files that refer to each other', () => {
    const ORGANISATIONS = 'neighbourhood_board_organisations.csv';
    const loadModule = () =>
      ingestAll(database.url, files.dir, undefined, [registered(neighbourhoodBoardsModule)]);
    const dropLine = (id: string) => (csv: string) =>
      csv
        .split('\n')
        .filter((line) => !line.startsWith(`${id},`))
        .join('\n');

    it('refuses a load that drops an organisation a membership still names, and writes nothing', async () => {
      await loadModule();
      const before = await snapshot(db);
      files.edit(ORGANISATIONS, dropLine('hyndburn-chamber'));
      const error = await loadModule().catch((e) => e);
      expect(error).toBeInstanceOf(IngestValidationError);
      // The members file is in the same load, so its own check names the line.
      expect((error as IngestValidationError).problems).toEqual([
        {
          file: MEMBERS,
          line: lineOf(files.read(MEMBERS), 'acc-07'),
          column: 'organisation_id',
          reason: '"hyndburn-chamber" is not in neighbourhood_board_organisations.csv',
        },
      ]);
      expect(await snapshot(db)).toEqual(before);
    });

    it('refuses it too when the members file is absent from the load', async () => {
      await loadModule();
      const before = await snapshot(db);
      files.edit(ORGANISATIONS, dropLine('hyndburn-chamber'));
      files.remove(MEMBERS);
      await expect(loadModule()).rejects.toThrow(
        'membership "acc-07" refers to "hyndburn-chamber"',
      );
      expect(await snapshot(db)).toEqual(before);
    });

    it('accepts an organisation and its memberships removed together', async () => {
      await loadModule();
      files.edit(ORGANISATIONS, dropLine('hyndburn-chamber'));
      files.edit(MEMBERS, dropLine('acc-07'));
      const reports = await loadModule();
      expect(reports.map((r) => [r.file, r.removed])).toEqual([
        ['pride_in_place_places.csv', 0],
        [ORGANISATIONS, 1],
        ['neighbourhood_board_organisations_compiled.csv', 0],
        ['neighbourhood_board_status.csv', 0],
        ['neighbourhood_board_status_compiled.csv', 0],
        [MEMBERS, 1],
        ['neighbourhood_board_members_compiled.csv', 0],
      ]);
    });
  });

  it('skips contributed files that are absent and still loads the committed ones', async () => {
    const committedOnly = fixtureCopy('neighbourhood-boards', [
      'pride_in_place_places.csv',
      ...COMPILED,
    ]);
    const reports = await ingestAll(database.url, committedOnly.dir, undefined, [
      registered(neighbourhoodBoardsModule),
    ]);
    expect(reports.map((r) => r.file)).toEqual(['pride_in_place_places.csv', ...COMPILED]);
  });
});
