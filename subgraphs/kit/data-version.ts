import type { Express } from 'express';
import type pg from 'pg';
import { requireSharedSecret } from './subgraph-secret';

/** Where a subgraph serves its data version (beside `/graphql`, behind the shared secret). */
export const DATA_VERSION_PATH = '/version';

/**
 * A subgraph's data version: it changes with every committed, successful load of its schema and
 * with nothing else. The number of finished runs and the last one's id change with every commit
 * (two loads that commit out of id order still change the count); the last finish time keeps a
 * rebuilt database from repeating a version an earlier one had. A rejected load rolls back its
 * `ingest_run` row, so it changes nothing.
 */
export async function readDataVersion(pool: pg.Pool, schema: string): Promise<string> {
  // On the raw pool rather than Kysely: one tiny statement per gateway request that is not a
  // data statement (the statement counters and their bounds are about resolving fields).
  const { rows } = await pool.query<{ runs: number; last: number | null; at: Date | null }>(
    `select count(*)::int as runs, max(id) as last, max(finished_at) as at
       from ${quoteIdentifier(schema)}.ingest_run where finished_at is not null`,
  );
  const [{ runs, last, at }] = rows;
  return `${last ?? 0}.${runs}.${at ? at.getTime() : 0}`;
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * `GET /version` → `{"version": "..."}`, read from the database on every call: the gateway asks
 * before it serves or stores a cached answer, so a cached value here would be a stale window.
 */
export function registerDataVersionRoute(
  app: Express,
  pool: pg.Pool,
  schema: string,
  sharedSecret: string,
): void {
  app.get(DATA_VERSION_PATH, requireSharedSecret(sharedSecret), async (_req, res) => {
    try {
      res.set('cache-control', 'no-store').json({ version: await readDataVersion(pool, schema) });
    } catch {
      // The gateway then neither serves nor stores cached answers: it executes as if uncached.
      res.status(503).json({ version: null });
    }
  });
}
