import type { Express } from 'express';
import type pg from 'pg';
import { DATA_VERSION_CHANNEL } from './ingest/data-version-notify.migration';
import type { Logger } from './logger';
import { requireSharedSecret } from './subgraph-secret';

/** Where a subgraph serves its data version (beside `/graphql`, behind the shared secret). */
export const DATA_VERSION_PATH = '/version';

/** How long `/version?after=` holds a request when nothing changes (the gateway waits longer). */
export const DATA_VERSION_HOLD_MS = 20_000;

/** What `/version` answers: `live` says the version is pushed (see `DataVersionWatch`). */
export interface DataVersionAnswer {
  version: string | null;
  live: boolean;
}

/**
 * A subgraph's data version: it changes with every committed, successful load of its schema and
 * with nothing else. The number of finished runs and the last one's id change with every commit
 * (two loads that commit out of id order still change the count); the last finish time keeps a
 * rebuilt database from repeating a version an earlier one had. A rejected load rolls back its
 * `ingest_run` row, so it changes nothing.
 */
export async function readDataVersion(pool: pg.Pool, schema: string): Promise<string> {
  // On the raw pool rather than Kysely: not a data statement (the statement counters and their
  // bounds are about resolving fields).
  const { rows } = await pool.query<{ runs: number; last: number | null; at: Date | null }>(
    `select count(*)::int as runs, max(id) as last, max(finished_at) as at
       from ${quoteIdentifier(schema)}.ingest_run where finished_at is not null`,
  );
  const [{ runs, last, at }] = rows;
  return `${last ?? 0}.${runs}.${at ? at.getTime() : 0}`;
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Whether the schema's `ingest_run` has the trigger that announces loads. */
async function announcesLoads(session: pg.Client, schema: string): Promise<boolean> {
  const { rows } = await session.query(
    `select 1 from pg_trigger where tgname = 'ingest_run_data_version'
       and tgrelid = to_regclass($1)`,
    [`${quoteIdentifier(schema)}.ingest_run`],
  );
  return rows.length > 0;
}

/**
 * Knows the schema's data version without asking the database per request: a session of its
 * own `LISTEN`s on the channel every committed change of `ingest_run` is announced on (a trigger,
 * `ingest/data-version-notify.migration.ts`), and the version is read again on each
 * announcement. `live` is true only while that session is up and the version was read after it
 * began listening, so no commit can fall between; when the session fails, it is false (callers
 * then read the database themselves) until a reconnect has listened and read again.
 */
export class DataVersionWatch {
  private version: string | null = null;
  private listening = false;
  private closed = false;
  private session?: pg.Client;
  private reading?: Promise<void>;
  private readAgain = false;
  private readonly waiters = new Set<() => void>();
  private retry?: NodeJS.Timeout;
  private retryDelay: number;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly openSession: () => pg.Client,
    private readonly logger: Logger,
    private readonly retryMs = 1_000,
  ) {
    this.retryDelay = retryMs;
  }

  /** The version while it is pushed, or null when it must be read (not yet, or not any more). */
  get current(): string | null {
    return this.listening ? this.version : null;
  }

  /** Starts listening; resolves once the first attempt has succeeded or failed. */
  async start(): Promise<void> {
    if (this.closed || this.session) return;
    const session = this.openSession();
    this.session = session;
    const lost = (error?: Error) => {
      if (this.session !== session) return;
      this.session = undefined;
      this.setListening(false);
      if (!this.closed) {
        if (error)
          this.logger.warn({ err: error }, 'data version session lost; reading per request');
        // Doubling up to 30 s: a schema not migrated yet is not worth a warning a second.
        this.retry = setTimeout(() => void this.start(), this.retryDelay);
        this.retry.unref();
        this.retryDelay = Math.min(this.retryDelay * 2, 30_000);
      }
      session.end().catch(() => undefined);
    };
    session.on('error', lost);
    session.on('end', () => lost());
    session.on('notification', (message) => {
      if (message.channel === DATA_VERSION_CHANNEL && message.payload === this.schema)
        void this.read();
    });
    try {
      await session.connect();
      // Without the trigger (a database not migrated since it came) no load is ever announced:
      // a version read once would be served as current forever. Read per request instead.
      if (!(await announcesLoads(session, this.schema)))
        throw new Error(
          `loads of "${this.schema}" are not announced (no data_version trigger): run \`npm run migrate\``,
        );
      await session.query(`listen ${DATA_VERSION_CHANNEL}`);
      // Read after LISTEN: a commit before the read is in it, one after is announced.
      await this.read();
      if (this.session === session && this.version !== null) {
        this.retryDelay = this.retryMs;
        this.setListening(true);
      }
    } catch (error) {
      lost(error as Error);
    }
  }

  /**
   * Resolves when the version differs from `after`, when it stops being pushed, when the watch
   * closes, or after `timeoutMs`: a long poll.
   */
  waitForChange(after: string, timeoutMs: number): Promise<void> {
    if (this.current !== after) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      // A held request must not keep a stopping process alive.
      timer.unref();
      this.waiters.add(done);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const session = this.session;
    this.session = undefined;
    this.setListening(false);
    await session?.end().catch(() => undefined);
  }

  /** Reads the version; announcements during a read cause one more read after it. */
  private read(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.readAgain = false;
          const version = await readDataVersion(this.pool, this.schema);
          if (version !== this.version) {
            this.version = version;
            this.wake();
          }
        } while (this.readAgain);
      } catch (error) {
        // The version is unknown: stop pushing until the session is made again.
        this.logger.warn({ err: error }, 'data version read failed; reading per request');
        this.session?.end().catch(() => undefined);
        this.setListening(false);
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }

  private setListening(listening: boolean) {
    if (this.listening === listening) return;
    this.listening = listening;
    this.wake();
  }

  private wake() {
    for (const waiter of [...this.waiters]) waiter();
  }
}

/**
 * `GET /version` → `{"version": "...", "live": true|false}`. With `?after=V` and the version
 * pushed, the answer waits until the version is no longer V (or `DATA_VERSION_HOLD_MS`): the
 * gateway keeps one such request open per subgraph and so learns of a load when it commits.
 * When the version is not pushed (`live: false`), it is read from the database on every call and
 * answered at once: the gateway then asks per request, as before there was a push.
 */
export function registerDataVersionRoute(
  app: Express,
  pool: pg.Pool,
  schema: string,
  sharedSecret: string,
  watch: DataVersionWatch,
): void {
  app.get(DATA_VERSION_PATH, requireSharedSecret(sharedSecret), async (req, res) => {
    const after = typeof req.query.after === 'string' ? req.query.after : undefined;
    if (after !== undefined) await watch.waitForChange(after, DATA_VERSION_HOLD_MS);
    const pushed = watch.current;
    try {
      const answer: DataVersionAnswer = {
        version: pushed ?? (await readDataVersion(pool, schema)),
        live: pushed !== null,
      };
      res.set('cache-control', 'no-store').json(answer);
    } catch {
      // The gateway then neither serves nor stores cached answers: it executes as if uncached.
      res.status(503).json({ version: null, live: false });
    }
  });
}
