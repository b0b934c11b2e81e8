import type { Kysely } from 'kysely';
import { runImport } from '../../subgraphs/kit/ingest/pipeline';
import { IngestValidationError } from '../../subgraphs/kit/ingest/problems';
import { grants360CsvImporter, grants360JsonImporter } from '../../subgraphs/funding/ingest';
import { grantCrosswalkImporter } from '../../subgraphs/funding/ingest/grant-crosswalk.importer';
import { boardAllocationsImporter } from '../../subgraphs/funding/ingest/board-allocations.importer';
import { impactFundImporter } from '../../subgraphs/funding/ingest/impact-fund.importer';
import { fundingModule } from '../../subgraphs/funding/module';
import type { FundingDatabase } from '../../subgraphs/funding/src/database';
import type { Database } from '../../platform/db/database';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { fixtureCopy } from '../support/fixtures';
import { importEachFile, snapshotSchema } from '../support/loading';

const FILES = fundingModule.sources.map((source) => source.fileName);
const CSV_360 = 'grants_360giving.csv';
const JSON_360 = 'grants_360giving.json';

/** The problems a rejected load reports, as `line column: reason` lines. */
async function rejection(load: Promise<unknown>): Promise<string[]> {
  const error = await load.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestValidationError);
  return (error as IngestValidationError).problems.map(
    (p) => `${p.file}:${p.line} [${p.column ?? ''}] ${p.reason}`,
  );
}

describe('funding loaders', () => {
  let database: TestDatabase;
  let target: Database<FundingDatabase>;
  let db: Kysely<FundingDatabase>;
  let files: ReturnType<typeof fixtureCopy>;

  const loadAll = () => importEachFile(target, fundingModule, files.path);
  const snapshot = () => snapshotSchema(db, fundingModule.schema);
  /** Everything but the run log, which records rejected loads too. */
  const data = async () => {
    const tables = await snapshot();
    delete tables.ingest_run;
    return tables;
  };

  beforeEach(async () => {
    database = await copyDatabase('empty');
    target = database.open<FundingDatabase>(fundingModule.schema);
    db = target.db;
    files = fixtureCopy('funding', FILES);
  });
  afterEach(() => database.drop());

  it('loads council facts, programmes, allocations, grants (COF, 360Giving CSV and JSON) and the crosswalk', async () => {
    const reports = await loadAll();
    expect(reports.map((r) => [r.file, r.inserted])).toEqual([
      ['uk_local_authorities.csv', 21],
      ['imd2025_england_la_summary.csv', 7],
      ['strategic_authority_devolution.csv', 1],
      ['funding_programmes.csv', 6],
      ['pride_in_place_impact_fund_partial.csv', 3],
      ['pride_in_place_places.csv', 9],
      ['community_ownership_fund_awards_partial.csv', 4],
      [CSV_360, 2],
      [JSON_360, 2],
      ['grant_crosswalk.csv', 4],
    ]);
    const barnsley = await db
      .selectFrom('allocation')
      .selectAll()
      .where('id', '=', 'pipif-bns')
      .executeTakeFirstOrThrow();
    expect(barnsley).toMatchObject({
      programme_id: 'PIPIF',
      recipient_kind: 'council',
      council_id: 'E08000016',
      amount_gbp: '1500000.00',
      basis: 'confirmed',
      capital_or_revenue: 'capital',
      financial_years: ['2025-26', '2026-27'],
      first_tranche_gbp: '750000.00',
      confidence: 'official',
      financial_year: '2025-26',
    });
    const hawkesley = await db
      .selectFrom('allocation')
      .selectAll()
      .where('id', '=', 'pip-p2-hawkesley')
      .executeTakeFirstOrThrow();
    expect(hawkesley).toMatchObject({
      programme_id: 'PIPP-P2',
      recipient_kind: 'neighbourhood_board',
      board_id: 'p2-hawkesley',
      council_id: 'E08000025',
      amount_gbp: '20000000.00',
      basis: 'cap',
      first_tranche_gbp: '150000.00',
    });
    const grants = await db
      .selectFrom('grant_award')
      .select(['id', 'amount_gbp', 'award_date', 'financial_year', 'programme_id', 'council_id'])
      .orderBy('id')
      .execute();
    expect(grants).toEqual([
      expect.objectContaining({
        id: '360G-CPG-COF-maidstone-lido-maidstone-lido-trust-test-fixture',
        amount_gbp: null,
        programme_id: 'COF',
      }),
      expect.objectContaining({
        id: '360G-CPG-COF-preserve-the-george-for-future-generations-ashley-parish-council',
        council_id: null,
      }),
      expect.objectContaining({
        id: '360G-CPG-COF-the-fixture-inn-sheffield-purchase-sheffield-community-pub-ltd',
        amount_gbp: '287500.55',
      }),
      expect.objectContaining({
        id: '360G-CPG-COF-the-george-pub-bethersden-upgrades',
        council_id: 'E07000105',
      }),
      // A 360Giving programme code that is not a programme here links to none.
      expect.objectContaining({
        id: '360G-EXAMPLE-001',
        amount_gbp: '12500.10',
        award_date: '2024-05-01',
        financial_year: '2024-25',
        programme_id: null,
      }),
      expect.objectContaining({
        id: '360G-EXAMPLE-002',
        award_date: '2025-02-14',
        financial_year: '2024-25',
      }),
      expect.objectContaining({
        id: '360G-EXAMPLE-J-001',
        amount_gbp: '75000.00',
        programme_id: 'COF',
        council_id: 'E08000016',
      }),
      expect.objectContaining({
        id: '360G-EXAMPLE-J-002',
        amount_gbp: '1234.56',
        council_id: null,
        financial_year: '2022-23',
      }),
    ]);
    expect(
      await db
        .selectFrom('council_deprivation')
        .selectAll()
        .where('council_id', '=', 'E08000016')
        .executeTakeFirst(),
    ).toMatchObject({ imd_2025_rank: 40, imd_2025_decile: 2 });
  });

  it('changes nothing when the same files load again', async () => {
    await loadAll();
    const before = await data();
    const again = await loadAll();
    expect(again.map((r) => r.inserted + r.updated + r.removed)).toEqual(again.map(() => 0));
    expect(await data()).toEqual(before);
  });

  it('keeps history when an amount changes', async () => {
    await loadAll();
    files.edit('pride_in_place_impact_fund_partial.csv', (csv) =>
      csv.replace(
        'Rotherham,ROT,E08000018,England,1500000',
        'Rotherham,ROT,E08000018,England,1400000',
      ),
    );
    const report = await runImport(
      target,
      impactFundImporter,
      files.path('pride_in_place_impact_fund_partial.csv'),
    );
    expect(report).toMatchObject({ updated: 1, unchanged: 2 });
    const history = await db.selectFrom('record_history').selectAll().execute();
    expect(history).toEqual([
      expect.objectContaining({
        table_name: 'allocation',
        record_key: 'pipif-rot',
        change: 'updated',
      }),
    ]);
  });

  it('rejects a 360Giving CSV with a bad row, naming line, column and reason, and writes nothing', async () => {
    await loadAll();
    const before = await data();
    files.edit(CSV_360, (csv) =>
      csv
        .replace('GBP,4999.99,2025-02-14T00:00:00+00:00', 'USD,49.999,2025-02-30')
        .replace(',E08000019,2024-06-01', ',Sheffield,2024-06-01'),
    );
    expect(await rejection(runImport(target, grants360CsvImporter, files.path(CSV_360)))).toEqual([
      `${CSV_360}:2 [Beneficiary Location:Geographic Code] must be a 9-character ONS GSS code like E08000019 (got "Sheffield")`,
      `${CSV_360}:3 [Currency] must be GBP: this API serves amounts in pounds only (got "USD")`,
      `${CSV_360}:3 [Amount Awarded] must be an amount in pounds below £1 trillion with at most 2 decimal places, like 20000000 or 1500.50 (got "49.999")`,
      `${CSV_360}:3 [Award Date] is not a real calendar date (got "2025-02-30")`,
    ]);
    expect(await data()).toEqual(before);
  });

  it('rejects a 360Giving CSV without a required column', async () => {
    files.edit(CSV_360, (csv) => csv.replace('Amount Awarded', 'Amount'));
    expect(await rejection(runImport(target, grants360CsvImporter, files.path(CSV_360)))).toEqual([
      `${CSV_360}:1 [Amount Awarded] required column is missing from the header`,
    ]);
  });

  it('rejects a 360Giving JSON grant at the line of its identifier, and writes nothing', async () => {
    await loadAll();
    const before = await data();
    files.edit(JSON_360, (json) =>
      json
        .replace('"amountAwarded": 1234.56', '"amountAwarded": -5')
        .replace('"title": "Lido volunteers (test fixture)",', ''),
    );
    const lines = files.read(JSON_360).split('\n');
    const line = lines.findIndex((l) => l.includes('"360G-EXAMPLE-J-002"')) + 1;
    expect(await rejection(runImport(target, grants360JsonImporter, files.path(JSON_360)))).toEqual(
      [
        `${JSON_360}:${line} [Title] Required`,
        `${JSON_360}:${line} [Amount Awarded] must be an amount in pounds below £1 trillion with at most 2 decimal places, like 20000000 or 1500.50 (got "-5")`,
      ],
    );
    expect(await data()).toEqual(before);
  });

  it('rejects JSON that is not the 360Giving shape', async () => {
    files.edit(JSON_360, () => '{"grant": []}');
    expect(await rejection(runImport(target, grants360JsonImporter, files.path(JSON_360)))).toEqual(
      [`${JSON_360}:0 [] must be an object with a "grants" array (the 360Giving JSON schema)`],
    );
  });

  it('refuses a grant identifier that another file already loaded', async () => {
    await loadAll();
    files.edit(JSON_360, (json) => json.replace('360G-EXAMPLE-J-001', '360G-EXAMPLE-001'));
    const problems = await rejection(
      runImport(target, grants360JsonImporter, files.path(JSON_360)),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /\[Identifier\] identifier "360G-EXAMPLE-001" is already loaded from another file \(S-360GIVING-CSV\)$/,
      ),
    ]);
  });

  it('refuses a crosswalk link to a grant that is not loaded, and a council not in the register', async () => {
    await loadAll();
    files.edit('grant_crosswalk.csv', (csv) =>
      csv.replace('360G-EXAMPLE-002,asset', '360G-NOPE,asset'),
    );
    expect(
      await rejection(runImport(target, grantCrosswalkImporter, files.path('grant_crosswalk.csv'))),
    ).toEqual(['grant_crosswalk.csv:3 [grant_id] "360G-NOPE" is not a grant in a grants file']);
    files.edit('pride_in_place_impact_fund_partial.csv', (csv) =>
      csv.replace('E08000018', 'E08999999'),
    );
    expect(
      await rejection(
        runImport(target, impactFundImporter, files.path('pride_in_place_impact_fund_partial.csv')),
      ),
    ).toEqual([
      'pride_in_place_impact_fund_partial.csv:3 [la_gss_code] "E08999999" is not a council in uk_local_authorities.csv',
    ]);
  });

  it("refuses a board's allocation in a council the register does not hold", async () => {
    await loadAll();
    files.edit('pride_in_place_places.csv', (csv) => csv.replace(',E07000120,', ',E07999999,'));
    expect(
      await rejection(
        runImport(target, boardAllocationsImporter, files.path('pride_in_place_places.csv')),
      ),
    ).toEqual([
      'pride_in_place_places.csv:2 [la_gss_code] "E07999999" is not a council in uk_local_authorities.csv',
    ]);
  });
});
