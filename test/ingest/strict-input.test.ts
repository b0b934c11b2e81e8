import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { councilsModule } from '../../subgraphs/councils/module';
import { registerImporter } from '../../subgraphs/councils/ingest/register.importer';
import type { CouncilsDatabase } from '../../subgraphs/councils/src/database';
import { ConfigError } from '../../platform/config';
import { readIngestLimits } from '../../subgraphs/kit/ingest/limits';
import { runImport } from '../../subgraphs/kit/ingest/pipeline';
import { IngestValidationError } from '../../subgraphs/kit/ingest/problems';
import type { Database } from '../../platform/db/database';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { fixtureCopy } from '../support/fixtures';
import { snapshotSchema } from '../support/loading';

const REGISTER = 'uk_local_authorities.csv';
const LIMITS = { maxFileBytes: 100 * 1024 * 1024, maxProblems: 1000 };

describe('what a loader accepts as input', () => {
  let database: TestDatabase;
  let target: Database<CouncilsDatabase>;
  let db: Kysely<CouncilsDatabase>;
  let files: ReturnType<typeof fixtureCopy>;
  const load = (limits = LIMITS) =>
    runImport(target, registerImporter, files.path(REGISTER), { limits });
  const rejection = async (limits = LIMITS) => {
    const error = await load(limits).catch((e) => e);
    expect(error).toBeInstanceOf(IngestValidationError);
    return error as IngestValidationError;
  };
  const sheffield = () =>
    db.selectFrom('council').select('name').where('code', '=', 'SHF').executeTakeFirst();

  beforeEach(async () => {
    database = await copyDatabase('empty');
    target = database.open<CouncilsDatabase>('councils');
    db = target.db;
    files = fixtureCopy('councils', [REGISTER]);
  });
  afterEach(() => database.drop());

  it('rejects a file that is not UTF-8, naming the file, line and byte, and writes nothing', async () => {
    const text = files.read(REGISTER);
    const latin1 = Buffer.from(
      text.replace('SHF,Sheffield City', 'SHF,Sheff\u00e9ield City'),
      'latin1',
    );
    writeFileSync(files.path(REGISTER), latin1);
    const before = await snapshotSchema(db, councilsModule.schema);

    const error = await rejection();
    const line = text.split('\n').findIndex((l) => l.startsWith('SHF,')) + 1;
    expect(error.problems).toEqual([
      {
        file: REGISTER,
        line,
        reason: expect.stringContaining(
          `is not valid UTF-8 at byte ${latin1.indexOf(0xe9)} (0xE9 0x69)`,
        ),
      },
    ]);
    expect(error.message).toContain(`${REGISTER}:${line}: is not valid UTF-8`);
    expect(error.message).toContain('nothing was written');
    expect(await snapshotSchema(db, councilsModule.schema)).toEqual(before);
  });

  it('accepts a byte-order mark, and the checksum is of the bytes as stored', async () => {
    files.edit(REGISTER, (csv) => `\uFEFF${csv}`);
    const report = await load();
    expect(report).toMatchObject({ rows: 15, inserted: 14 });
    expect(report.checksum).toBe(
      createHash('sha256')
        .update(readFileSync(files.path(REGISTER)))
        .digest('hex'),
    );
    expect(await sheffield()).toEqual({ name: 'Sheffield' });
  });

  it('reads a file mixing CRLF and LF row by row', async () => {
    // The fixture is CRLF; make every other row LF. csv-parse alone took the first ending it
    // met for all of them, so the LF rows ran together into one record.
    files.edit(REGISTER, (csv) =>
      csv
        .split('\r\n')
        .map((line, index) => (index % 2 === 0 ? `${line}\r\n` : `${line}\n`))
        .join('')
        .replace(/\r?\n$/, '\n'),
    );
    expect(files.read(REGISTER)).toMatch(/\r\n[^\r]*[^\r]\n/);
    expect(await load()).toMatchObject({ rows: 15, inserted: 14 });
    expect(await sheffield()).toEqual({ name: 'Sheffield' });
  });

  it('reports a row with a stray comma at its line, not as one giant record', async () => {
    const text = files.read(REGISTER);
    const line = text.split('\n').findIndex((l) => l.startsWith('SHF,')) + 1;
    files.edit(REGISTER, (csv) =>
      csv.replace('SHF,Sheffield City Council', 'SHF,Sheffield, City Council'),
    );
    const error = await rejection();
    expect(error.problems).toEqual([
      {
        file: REGISTER,
        line,
        reason: expect.stringMatching(
          /^not valid CSV: the record has (\d+) field\(s\) where the header has \d+$/,
        ),
      },
    ]);
  });

  it('refuses a file over the size limit before reading it, saying how to raise it', async () => {
    const error = await rejection({ ...LIMITS, maxFileBytes: 1000 });
    expect(error.problems).toEqual([
      {
        file: REGISTER,
        line: 0,
        reason: expect.stringMatching(
          /^is [\d,]+ bytes, over the limit of 1,000 bytes for one file; it was not read \(raise INGEST_MAX_FILE_MB to load it\)$/,
        ),
      },
    ]);
    expect(await sheffield()).toBeUndefined();
  });

  it('reads its limits from the environment once, refusing values that are not positive whole numbers', () => {
    expect(readIngestLimits({})).toEqual({ maxFileBytes: 100 * 1024 * 1024, maxProblems: 1000 });
    expect(readIngestLimits({ INGEST_MAX_FILE_MB: '5', INGEST_MAX_PROBLEMS: '20' })).toEqual({
      maxFileBytes: 5 * 1024 * 1024,
      maxProblems: 20,
    });
    expect(() =>
      readIngestLimits({ INGEST_MAX_FILE_MB: 'lots', INGEST_MAX_PROBLEMS: '0' }),
    ).toThrow(ConfigError);
    expect(() => readIngestLimits({ INGEST_MAX_FILE_MB: 'lots' })).toThrow(/INGEST_MAX_FILE_MB/);
  });

  it('keeps the first problems up to the cap and counts what it did not check', async () => {
    // Every date written day first: more than 4 problems, 4 kept.
    files.edit(REGISTER, (csv) => csv.replace(/,(\d{4})-(\d{2})-(\d{2}),/g, ',$3/$2/$1,'));
    const error = await rejection({ ...LIMITS, maxProblems: 4 });
    expect(error.problems).toHaveLength(4);
    expect(
      error.problems.every((p) => p.reason.endsWith('/2005")') || p.reason.endsWith('/2020")')),
    ).toBe(true);
    expect(error.total).toBe(4);
    expect(error.message).toMatch(
      /uk_local_authorities\.csv: lines \d+ to 16 were not checked \(only decoded as UTF-8\): 4 problems had been found \(INGEST_MAX_PROBLEMS\)/,
    );
  });
});
