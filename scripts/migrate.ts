import 'reflect-metadata';
import { createLogger } from '../platform/logger';
import { migrateAll } from './lib/database';

/** Migrates every subgraph's schema on DATABASE_URL (or each `<NAME>_DATABASE_URL`). */
async function main() {
  const logger = createLogger('migrate');
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is required (npm start sets up an embedded database by itself)');
  await migrateAll(url, logger);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
