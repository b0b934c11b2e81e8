import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CouncilsDatabase } from '../../subgraphs/councils/src/database';
import { registerImporter } from '../../subgraphs/councils/ingest/register.importer';
import { requiredColumnsOf } from '../../subgraphs/kit/ingest/importer';
import { runImport } from '../../subgraphs/kit/ingest/pipeline';
import { IngestValidationError } from '../../subgraphs/kit/ingest/problems';
import type { Database } from '../../platform/db/database';
import { copyDatabase, type TestDatabase } from '../support/databases';

const MB = 1024 * 1024;

/**
 * ~50 MB of rows under the register's header, every cell of them wrong in several ways. Before
 * streaming and caps such a file took minutes and GBs (every problem kept in memory); it is
 * written to a temporary directory, never committed.
 */
function writeJunk(file: string, bytes: number): void {
  const header = requiredColumnsOf(registerImporter).join(',');
  const fd = openSync(file, 'w');
  writeSync(fd, `${header}\n`);
  let written = 0;
  for (let chunk = 0; written < bytes; chunk += 1) {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      const n = chunk * 10_000 + i;
      lines.push(
        requiredColumnsOf(registerImporter)
          .map((_, c) => `j${(n + c) % 997}`)
          .join(','),
      );
    }
    const text = `${lines.join('\n')}\n`;
    writeSync(fd, text);
    written += Buffer.byteLength(text);
  }
  closeSync(fd);
}

describe('a 50 MB file of junk', () => {
  let database: TestDatabase;
  let target: Database<CouncilsDatabase>;
  let dir: string;

  beforeAll(async () => {
    database = await copyDatabase('empty');
    target = database.open<CouncilsDatabase>('councils');
    dir = mkdtempSync(path.join(os.tmpdir(), 'cpg-junk-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  it('is rejected in bounded time and memory, with the problems capped and the rest counted', async () => {
    const file = path.join(dir, 'uk_local_authorities.csv');
    writeJunk(file, 50 * MB);

    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const started = performance.now();
    const error = await runImport(target, registerImporter, file, {
      limits: { maxFileBytes: 100 * MB, maxProblems: 1000 },
    }).catch((e) => e);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    expect(error).toBeInstanceOf(IngestValidationError);
    const rejected = error as IngestValidationError;
    expect(rejected.problems).toHaveLength(1000);
    expect(rejected.message).toMatch(
      /uk_local_authorities\.csv: lines [\d,]+ to [\d,]+ were not checked \(only decoded as UTF-8\)/,
    );
    const growth = (peak - baseline) / MB;
    // Measured figures go in the test output (and the change's notes); the bounds are generous.
    console.log(
      `50 MB junk: rejected in ${seconds.toFixed(1)} s, RSS ${Math.round(baseline / MB)} -> ${Math.round(peak / MB)} MB (+${growth.toFixed(0)} MB)`,
    );
    expect(seconds).toBeLessThan(20);
    expect(growth).toBeLessThan(300);
  });
});
