import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../subgraphs/assets/src/clock';
import { readClockSettings } from '../subgraphs/assets/src/timeline/clock-settings';
import { createLogger } from '../platform/logger';
import { today as ukToday } from '../platform/calendar';
import { prepareDatabase, requireDataDir } from './lib/database';
import { loadSynthetic } from './lib/synth/load';

const USAGE =
  'usage: npm run synth -- --assets 1000000 --seed 1 [--database-url URL] [--today YYYY-MM-DD]';

function options() {
  const { values } = parseArgs({
    options: {
      assets: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      'database-url': { type: 'string' },
      today: { type: 'string' },
    },
  });
  const assets = Number(values.assets);
  const seed = Number(values.seed);
  if (!Number.isInteger(assets) || assets < 1)
    throw new Error(`--assets must be a positive integer. ${USAGE}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer. ${USAGE}`);
  // The histories run up to this day, so it decides who is in moratorium: the same seed and day
  // give the same rows. Default: today, which is what the API's filters default to.
  const today = values.today ?? ukToday();
  if (!isIsoDate(today)) throw new Error(`--today must be a date as YYYY-MM-DD. ${USAGE}`);
  // Never the embedded database `npm start` uses by default: synthetic data goes only where asked.
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      `No database: pass --database-url or set DATABASE_URL. Synthetic assets are written only into a database you name (it is migrated first). ${USAGE}`,
    );
  return { assets, seed, today, url };
}

/**
 * Writes a synthetic register of `--assets` Assets of Community Value over the real councils,
 * for scale tests (`npm run bench` measures the assets filters on it). Ids start with `SYN-`
 * and the source is `S-SYNTHETIC`. Never run by `npm start`.
 */
async function main() {
  const { assets, seed, today, url } = options();
  const logger = createLogger('synth');
  // Migrates, and loads the real open data on a never-loaded database first: the gateway then
  // resolves councils, and a later `npm start` or bench does not run the first load (which
  // re-derives every asset's timeline, synthetic ones included) on top of a million rows.
  await prepareDatabase(url, logger);
  const report = await loadSynthetic({
    url,
    assets,
    seed,
    today,
    settings: readClockSettings(),
    dataDir: requireDataDir(),
    logger,
  });
  const seconds = report.loadMs / 1000;
  console.log(
    [
      `synthetic register: ${report.assets} assets (seed ${seed}, as of ${today}), ingest_run ${report.runId}`,
      `  rows: ${report.events} events, ${report.periods} status periods, ${report.moratoria} moratoria; ${report.rows} in all`,
      `  load (delete old + generate + insert + commit): ${seconds.toFixed(1)} s, ${Math.round(report.rows / seconds)} rows/s (${Math.round(report.assets / seconds)} assets/s)`,
      `  vacuum analyze: ${(report.analyzeMs / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
