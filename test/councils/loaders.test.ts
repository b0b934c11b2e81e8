import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { runImport } from '../../subgraphs/kit/ingest/pipeline';
import { IngestValidationError } from '../../subgraphs/kit/ingest/problems';
import { councilsModule } from '../../subgraphs/councils/module';
import { combinedAuthoritiesImporter } from '../../subgraphs/councils/ingest/combined-authorities.importer';
import { imd2025Importer } from '../../subgraphs/councils/ingest/imd.importers';
import { registerImporter } from '../../subgraphs/councils/ingest/register.importer';
import { devolutionImporter } from '../../subgraphs/councils/ingest/devolution.importer';
import type { CouncilsDatabase } from '../../subgraphs/councils/src/database';
import { CouncilKind } from '../../subgraphs/kit/types/council-kind.enum';
import { ImdEdition } from '../../subgraphs/councils/src/deprivation/imd-edition.enum';
import type { Database } from '../../platform/db/database';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { fixtureCopy } from '../support/fixtures';
import { importEachFile, snapshotSchema } from '../support/loading';

const FILES = councilsModule.sources.map((source) => source.fileName);

const snapshot = (db: Kysely<CouncilsDatabase>) => snapshotSchema(db, councilsModule.schema);

describe('councils loaders', () => {
  let database: TestDatabase;
  let target: Database<CouncilsDatabase>;
  let db: Kysely<CouncilsDatabase>;
  let files: ReturnType<typeof fixtureCopy>;

  const loadAll = () => importEachFile(target, councilsModule, files.path);

  beforeEach(async () => {
    database = await copyDatabase('empty');
    target = database.open<CouncilsDatabase>('councils');
    db = target.db;
    files = fixtureCopy('councils', FILES);
  });
  afterEach(() => database.drop());

  it('loads the register, keeping strategic authorities out of the councils table', async () => {
    const [register, authorities] = await loadAll();
    expect(register).toMatchObject({ rows: 15, inserted: 14, updated: 0, removed: 0 });
    expect(authorities).toMatchObject({ rows: 1, inserted: 1 });

    const sheffield = await db
      .selectFrom('council')
      .selectAll()
      .where('code', '=', 'SHF')
      .executeTakeFirstOrThrow();
    expect(sheffield).toMatchObject({
      id: 'E08000019',
      name: 'Sheffield',
      official_name: 'Sheffield City Council',
      kind: 'MD',
      nation: 'England',
      region: 'Yorkshire and The Humber',
      strategic_authority_code: 'SCR',
      population: 589214,
      population_year: 2020,
      active: true,
    });
    const derry = await db
      .selectFrom('council')
      .selectAll()
      .where('code', '=', 'NIR-A')
      .executeTakeFirstOrThrow();
    expect(derry).toMatchObject({
      id: 'NIR-A',
      gss_code: null,
      active: false,
      end_date: '2015-03-31',
    });
    // Combined authorities (COMB) go to strategic_authority: every council row is a council kind.
    expect(
      await db
        .selectFrom('council')
        .where('kind', 'not in', Object.values(CouncilKind))
        .selectAll()
        .execute(),
    ).toEqual([]);
  });

  it('computes deciles from the rank among all ranked districts', async () => {
    await loadAll();
    const row = await db
      .selectFrom('deprivation')
      .selectAll()
      .where('council_id', '=', 'E08000019')
      .where('edition', '=', ImdEdition.IMD_2025)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      rank_of_average_score: 56,
      ranked_among: 296,
      decile: 2,
      average_score: 27.574,
    });
  });

  it('is idempotent: the same files again change nothing', async () => {
    await loadAll();
    const before = await snapshot(db);
    const second = await loadAll();
    for (const report of second)
      expect(report).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    const after = await snapshot(db);
    expect(after.council).toEqual(before.council);
    expect(after.record_history).toEqual([]);
    expect(after.ingest_run).toHaveLength(before.ingest_run.length * 2);
  });

  it('keeps history: a changed record is closed, a removed one archived', async () => {
    await loadAll();
    files.edit('uk_local_authorities.csv', (csv) =>
      csv
        .replace('Sheffield City Council', 'Sheffield City Council (renamed)')
        .split('\n')
        .filter((line) => !line.startsWith('ABD,'))
        .join('\n'),
    );
    const report = await runImport(
      target,
      registerImporter,
      files.path('uk_local_authorities.csv'),
    );
    expect(report).toMatchObject({ updated: 1, removed: 1, inserted: 0, unchanged: 12 });

    const history = await db
      .selectFrom('record_history')
      .selectAll()
      .orderBy('record_key')
      .execute();
    expect(history.map((h) => [h.record_key, h.change])).toEqual([
      ['E08000019', 'updated'],
      ['S12000034', 'removed'],
    ]);
    expect((history[0].data as { official_name: string }).official_name).toBe(
      'Sheffield City Council',
    );
    const sheffield = await db
      .selectFrom('council')
      .select('official_name')
      .where('code', '=', 'SHF')
      .executeTakeFirstOrThrow();
    expect(sheffield.official_name).toBe('Sheffield City Council (renamed)');
  });

  it('rejects a broken file with every problem located, and writes nothing', async () => {
    await loadAll();
    const before = await snapshot(db);
    files.edit(
      'uk_local_authorities.csv',
      (csv) =>
        csv
          .replace('E08000019', 'E0800001X') // Sheffield's GSS code
          .replace(',Scotland,Scotland,SCO,', ',Scotland,Atlantis,SCO,') // Aberdeenshire's region
          .replace(',2020-03-31,BUC,', ',2020-02-30,BUC,'), // a date that does not exist
    );
    const error = await runImport(
      target,
      registerImporter,
      files.path('uk_local_authorities.csv'),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(IngestValidationError);
    const problems = (error as IngestValidationError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'uk_local_authorities.csv',
          column: 'gss-code',
          reason: expect.stringContaining('GSS code'),
        }),
        expect.objectContaining({
          column: 'region',
          reason: expect.stringContaining('must be one of'),
        }),
        expect.objectContaining({
          column: 'end-date',
          reason: expect.stringContaining('not a real calendar date'),
        }),
      ]),
    );
    const lines = problems.map((p) => p.line);
    expect(lines.every((line) => line >= 2)).toBe(true);
    expect((error as Error).message).toMatch(/uk_local_authorities\.csv:\d+ \[gss-code\]/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('names the line of a problem exactly', async () => {
    files.edit('uk_local_authorities.csv', (csv) => {
      const lines = csv.split('\n');
      const index = lines.findIndex((line) => line.startsWith('SHF,'));
      lines[index] = lines[index].replace(',True,', ',Yes,');
      return lines.join('\n');
    });
    const content = files.path('uk_local_authorities.csv');
    const expectedLine =
      readFileSync(content, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('SHF,')) + 1;
    const error = (await runImport(target, registerImporter, content).catch(
      (e) => e,
    )) as IngestValidationError;
    expect(error.problems).toEqual([
      {
        file: 'uk_local_authorities.csv',
        line: expectedLine,
        column: 'current-authority',
        reason: 'must be True or False (got "Yes")',
      },
    ]);
  });

  it('rejects a file with a missing column, naming it', async () => {
    files.edit('combined_authorities.csv', (csv) => csv.replace('member_codes,', 'members,'));
    await runImport(target, registerImporter, files.path('uk_local_authorities.csv'));
    const error = (await runImport(
      target,
      combinedAuthoritiesImporter,
      files.path('combined_authorities.csv'),
    ).catch((e) => e)) as IngestValidationError;
    expect(error.problems).toEqual([
      {
        file: 'combined_authorities.csv',
        line: 1,
        column: 'member_codes',
        reason: 'required column is missing from the header',
      },
    ]);
  });

  it('refuses devolution facts for an unknown authority, or a mayor without a page, naming the line', async () => {
    await runImport(target, registerImporter, files.path('uk_local_authorities.csv'));
    await runImport(target, combinedAuthoritiesImporter, files.path('combined_authorities.csv'));
    files.edit('strategic_authority_devolution.csv', (csv) =>
      csv.replace(/^SCR,/m, 'XYZ,').replace(/"https:\/\/en\.m\.wikipedia[^"]*"/, ''),
    );
    const error = (await runImport(
      target,
      devolutionImporter,
      files.path('strategic_authority_devolution.csv'),
    ).catch((e) => e)) as IngestValidationError;
    expect(error.problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'ca_code',
        reason: expect.stringContaining('"XYZ" is not a strategic authority'),
      }),
      expect.objectContaining({
        line: 2,
        column: 'mayoral_source_url',
        reason: 'a mayor needs the page it was read on',
      }),
    ]);
    const rows = await target.db
      .withSchema('councils')
      .selectFrom('strategic_authority_devolution')
      .selectAll()
      .execute();
    expect(rows).toEqual([]);
  });

  it('checks files against each other: members and IMD codes must be councils in the register', async () => {
    await runImport(target, registerImporter, files.path('uk_local_authorities.csv'));
    files.edit('combined_authorities.csv', (csv) =>
      csv.replace('BNS;DNC;ROT;SHF', 'BNS;DNC;ROT;LDS'),
    );
    const error = (await runImport(
      target,
      combinedAuthoritiesImporter,
      files.path('combined_authorities.csv'),
    ).catch((e) => e)) as IngestValidationError;
    expect(error.problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'member_codes',
        reason: expect.stringContaining('"LDS" is not a council in the register'),
      }),
    ]);

    files.edit('imd2025_england_la_summary.csv', (csv) => csv.replace('E08000019', 'E08000035'));
    const imdError = (await runImport(
      target,
      imd2025Importer,
      files.path('imd2025_england_la_summary.csv'),
    ).catch((e) => e)) as IngestValidationError;
    expect(imdError.problems).toEqual([
      expect.objectContaining({
        column: 'lad24_code',
        reason: expect.stringContaining('"E08000035" is not the GSS code of a council'),
      }),
    ]);
  });
});
