import { sql, type Kysely } from 'kysely';
import { ingestAll } from '../../scripts/lib/database';
import { councilsModule } from '../../subgraphs/councils/module';
import { IngestCommitError, IngestValidationError } from '../../subgraphs/kit/ingest/problems';
import { registered, type RegisteredSubgraph } from '../../subgraphs/kit/service/module';
import { neighbourhoodBoardsModule } from '../../subgraphs/neighbourhood-boards/module';
import type { CouncilsDatabase } from '../../subgraphs/councils/src/database';
import type { NeighbourhoodBoardsDatabase } from '../../subgraphs/neighbourhood-boards/src/database';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { fixtureCopy } from '../support/fixtures';
import { snapshotSchema } from '../support/loading';

const MODULES = [registered(councilsModule), registered(neighbourhoodBoardsModule)];
const REGISTER = 'uk_local_authorities.csv';
const PLACES = 'pride_in_place_places.csv';
const MEMBERS = 'neighbourhood_board_members.csv';
const ORGANISATIONS = 'neighbourhood_board_organisations.csv';
const LIMITS = { maxFileBytes: 100 * 1024 * 1024, maxProblems: 1000 };

const filesOf = (module: RegisteredSubgraph) =>
  fixtureCopy(
    module.name,
    module.sources.map((source) => source.fileName),
  );
const lineOf = (text: string, start: string) =>
  text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

describe('ingestAll across subgraphs', () => {
  let database: TestDatabase;
  let councils: Kysely<CouncilsDatabase>;
  let boards: Kysely<NeighbourhoodBoardsDatabase>;
  let files: Record<string, ReturnType<typeof fixtureCopy>>;

  const load = () =>
    ingestAll(database.url, (module) => files[module.name].dir, undefined, MODULES, LIMITS);
  const rejection = async () => {
    const error = await load().catch((e) => e);
    expect(error).toBeInstanceOf(IngestValidationError);
    return error as IngestValidationError;
  };
  const snapshot = async () => ({
    councils: await snapshotSchema(councils, councilsModule.schema),
    boards: await snapshotSchema(boards, neighbourhoodBoardsModule.schema),
  });

  beforeEach(async () => {
    database = await copyDatabase('empty');
    councils = database.open<CouncilsDatabase>(councilsModule.schema).db;
    boards = database.open<NeighbourhoodBoardsDatabase>(neighbourhoodBoardsModule.schema).db;
    files = Object.fromEntries(MODULES.map((module) => [module.name, filesOf(module)]));
  });
  afterEach(() => database.drop());

  it('writes nothing in the first subgraph when a file of the second has a bad cell', async () => {
    const before = await snapshot();
    files['neighbourhood-boards'].edit(PLACES, (csv) => csv.replace(',E07000120,', ',E0712,'));
    const error = await rejection();
    expect(error.problems).toEqual([
      expect.objectContaining({ file: PLACES, column: 'la_gss_code' }),
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('reports every problem of two bad files in two subgraphs in one report', async () => {
    files.councils.edit(REGISTER, (csv) =>
      csv.replace(
        'SHF,Sheffield City Council,Sheffield,E08000019',
        'SHF,Sheffield City Council,Sheffield,E0800019',
      ),
    );
    files['neighbourhood-boards'].edit(PLACES, (csv) =>
      csv.replace('p1-accrington,Accrington,phase_1', 'p1-accrington,Accrington,phase_9'),
    );
    const error = await rejection();
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: REGISTER,
        line: lineOf(files.councils.read(REGISTER), 'SHF,'),
        column: 'gss-code',
      }),
      expect.objectContaining({
        file: PLACES,
        line: lineOf(files['neighbourhood-boards'].read(PLACES), 'p1-accrington,'),
        column: 'phase',
      }),
    ]);
    expect(error.message).toMatch(
      /^Rejected 2 files \(uk_local_authorities\.csv: 1, pride_in_place_places\.csv: 1\): 2 problem\(s\); nothing was written\./,
    );
  });

  it('commits nothing when the second subgraph fails a check that reads its tables', async () => {
    const before = await snapshot();
    // The members file still names an organisation the organisations file drops: cells are
    // fine, the reference check in the write phase fails.
    files['neighbourhood-boards'].edit(ORGANISATIONS, (csv) =>
      csv
        .split('\n')
        .filter((line) => !line.startsWith('hyndburn-chamber,'))
        .join('\n'),
    );
    const error = await rejection();
    expect(error.problems).toEqual([
      expect.objectContaining({ file: MEMBERS, column: 'organisation_id' }),
    ]);
    expect(error.message).toContain(
      'neighbourhood-boards was rejected by the checks that read its tables',
    );
    expect(error.message).toContain('nothing was written');
    expect(await snapshot()).toEqual(before);
  });

  it('loads both when all is well', async () => {
    const reports = await load();
    expect(reports.map((r) => r.file)).toEqual([
      ...councilsModule.importers.map((i) => i.source.fileName),
      ...neighbourhoodBoardsModule.importers.map((i) => i.source.fileName),
    ]);
    const { count } = await councils
      .selectFrom('council')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBeGreaterThan(0);
  });

  it('says exactly which subgraphs were committed when a later commit fails', async () => {
    // A deferred trigger fails only at COMMIT, after every check has passed.
    await sql`create function neighbourhood_boards.refuse() returns trigger language plpgsql as
      $$ begin raise exception 'refused at commit'; end $$`.execute(boards);
    await sql`create constraint trigger refuse_at_commit after insert on neighbourhood_boards.board
      deferrable initially deferred for each row execute function neighbourhood_boards.refuse()`.execute(
      boards,
    );
    const error = await load().catch((e) => e);
    expect(error).toBeInstanceOf(IngestCommitError);
    expect(error).toMatchObject({
      committed: ['councils'],
      notCommitted: ['neighbourhood-boards'],
    });
    expect((error as Error).message).toContain('refused at commit');
    expect((error as Error).message).toContain('Committed (hold the new data): councils');
    const after = await snapshot();
    expect(after.councils.council.length).toBeGreaterThan(0);
    expect(after.boards.board).toEqual([]);
  });
});
