import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { allSourceFiles, ensureDatabase, ingestAll, migrateAll } from '../../scripts/lib/database';
import { resolveDataDir } from '../../subgraphs/kit/paths';
import { templateName } from './test-env';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * Uses DATABASE_URL's server when set (CI), otherwise an embedded PostgreSQL in a temporary
 * folder. Builds two template databases: `empty` (migrated) and `real` (migrated and loaded with
 * the open data, when the data directory exists). Test files copy a template, so they never
 * see each other's writes.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cpg-test-pg-'));
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      ephemeral: true,
    });
    (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = embedded;
    adminUrl = embedded.adminUrl;
  }
  const prefix = `cpg_test_${process.pid}`;
  const emptyUrl = await ensureDatabase(adminUrl, templateName(prefix, 'empty'));
  await migrateAll(emptyUrl);

  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(
    `create database ${templateName(prefix, 'real')} template ${templateName(prefix, 'empty')}`,
  );
  await client.end();

  const realUrl = emptyUrl.replace(templateName(prefix, 'empty'), templateName(prefix, 'real'));
  const dataDir = resolveDataDir(allSourceFiles());
  if (dataDir) {
    await ingestAll(realUrl, dataDir);
  } else {
    process.env.TEST_REAL_DATA_MISSING =
      'no open-data directory (DATA_DIR, ./data or ../shared/data) holds the source files';
  }
  process.env.TEST_ADMIN_URL = adminUrl;
  process.env.TEST_DB_PREFIX = prefix;
}
