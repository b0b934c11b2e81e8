import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { freePort } from '../../scripts/lib/processes';
import { ensureDatabase, ingestAll, migrateAll, requireDataDir } from '../../scripts/lib/database';
import { fixturesDir } from './fixtures';
import { templateName, type TemplateKind } from './test-env';

/**
 * Uses DATABASE_URL's server when set (CI), otherwise an embedded PostgreSQL in a temporary
 * folder. Builds the template databases (`empty`, `fixtures`, `real`: see `TemplateKind`); test
 * files copy a template, so they never see each other's writes.
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
  for (const kind of ['fixtures', 'real'] as const)
    await client.query(
      `create database ${templateName(prefix, kind)} template ${templateName(prefix, 'empty')}`,
    );
  await client.end();

  const urlOf = (kind: TemplateKind) =>
    emptyUrl.replace(templateName(prefix, 'empty'), templateName(prefix, kind));
  await ingestAll(urlOf('fixtures'), (module) => fixturesDir(module.name));
  await ingestAll(urlOf('real'), requireDataDir());
  process.env.TEST_ADMIN_URL = adminUrl;
  process.env.TEST_DB_PREFIX = prefix;
}
