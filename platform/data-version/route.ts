import type { Express } from 'express';
import type pg from 'pg';
import { requireSharedSecret } from '../http/subgraph-secret';
import { DATA_VERSION_HOLD_MS, DATA_VERSION_PATH, type DataVersionAnswer } from './protocol';
import { readDataVersion, type DataVersionWatch } from './watch';

/**
 * `GET /version` → `{"version": "...", "live": true|false}`, read from the database: what the
 * gateway's strict reading asks (no window). `GET /version?after=V` is the push: while the
 * version is pushed, the answer waits until it is no longer V (or `DATA_VERSION_HOLD_MS`) and
 * gives the pushed version, so the gateway, which keeps one such request open per subgraph,
 * learns of a load when it is announced; while it is not pushed, it is read from the database
 * and answered at once with `live: false`, and the gateway reads per request.
 */
export function registerDataVersionRoute(
  app: Express,
  pool: pg.Pool,
  schema: string,
  sharedSecret: string,
  watch: DataVersionWatch,
): void {
  app.get(DATA_VERSION_PATH, requireSharedSecret(sharedSecret), async (req, res) => {
    res.set('cache-control', 'no-store');
    const after = typeof req.query.after === 'string' ? req.query.after : undefined;
    if (after !== undefined) {
      await watch.waitForChange(after, DATA_VERSION_HOLD_MS);
      const pushed = watch.current;
      // Not pushed: the gateway reads per request and asks again later; no reading for it here.
      res.json({ version: pushed, live: pushed !== null } satisfies DataVersionAnswer);
      return;
    }
    try {
      const version = await readDataVersion(pool, schema);
      res.json({ version, live: watch.current !== null } satisfies DataVersionAnswer);
    } catch {
      // The gateway then neither serves nor stores cached answers: it executes as if uncached.
      res.status(503).json({ version: null, live: false } satisfies DataVersionAnswer);
    }
  });
}
