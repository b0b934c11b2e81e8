import 'reflect-metadata';
import { createLogger } from '../platform/logger';
import { ingestAll, migrateAll, requireDataDir } from './lib/database';

/**
 * Loads every source file into DATABASE_URL. Safe to repeat: an unchanged file changes nothing,
 * a changed one closes the old versions of the records it changes. Every file of every subgraph
 * is validated first and the run commits only when all pass (`ingestAll`): a bad file rejects
 * the run with every problem of every file in one report, and the databases keep what they had;
 * a failed commit says which subgraphs were committed and which were not.
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
