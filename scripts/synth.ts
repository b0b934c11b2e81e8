import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../platform/calendar';
import { createLogger } from '../platform/logger';
import { subgraphModules } from '../subgraphs';
import { prepareDatabase, requireDataDir } from './lib/database';

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
  const count = Number(values.assets);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--assets must be a positive integer. ${USAGE}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer. ${USAGE}`);
  if (values.today !== undefined && !isIsoDate(values.today))
    throw new Error(`--today must be a date as YYYY-MM-DD. ${USAGE}`);
  // Never the embedded database `npm start` uses by default: synthetic data goes only where asked.
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      `No database: pass --database-url or set DATABASE_URL. Synthetic assets are written only into a database you name (it is migrated first). ${USAGE}`,
    );
  return { count, seed, today: values.today, url };
}

/**
 * Writes the synthetic dataset a subgraph offers (today the assets subgraph's register of
 * Assets of Community Value, `--assets` of them) for scale tests. Never run by `npm start`.
 */
async function main() {
  const { count, seed, today, url } = options();
  const logger = createLogger('synth');
  const module = subgraphModules.find((candidate) => candidate.synthetic);
  if (!module?.synthetic) throw new Error('No subgraph offers a synthetic dataset.');
  // Migrates, and imports the real open data on a never-loaded database first: the gateway then
  // resolves councils, and a later `npm start` or bench does not run the first import (which
  // re-derives every asset's timeline, synthetic ones included) on top of a million rows.
  await prepareDatabase(url, logger);
  const lines = await module.synthetic.write({
    url,
    count,
    seed,
    today,
    dataDir: requireDataDir(),
    logger,
  });
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
