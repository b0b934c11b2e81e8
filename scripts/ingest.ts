import { createLogger } from '../subgraphs/kit/logger';
import { ingestAll, migrateAll, requireDataDir } from './lib/database';

/**
 * Loads every source file into DATABASE_URL. Safe to repeat: an unchanged file changes nothing,
 * a changed one closes the old versions of the records it changes. A bad file is rejected
 * whole, with every problem listed, and the database keeps what it had.
 */
async function main() {
  const logger = createLogger('ingest');
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  await migrateAll(url, logger);
  const dataDir = requireDataDir();
  const reports = await ingestAll(url, dataDir, logger);
  console.table(
    reports.map(({ sourceId, file, rows, inserted, updated, removed, unchanged, ms }) => ({
      sourceId,
      file,
      rows,
      inserted,
      updated,
      removed,
      unchanged,
      ms,
    })),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
