import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { DATA_VERSION_CHANNEL } from './notify.migration';
import { DATA_VERSION_HEARTBEAT_MS } from './protocol';
import type { Logger } from '../logger';

/**
 * A subgraph's data version: it changes with every committed, successful load of its schema and
 * with nothing else. The number of finished runs and the last one's id change with every commit
 * (two loads that commit out of id order still change the count); the last finish time keeps a
 * rebuilt database from repeating a version an earlier one had. A rejected load rolls back its
 * `ingest_run` row, so it changes nothing.
 */
export async function readDataVersion(db: pg.Pool | pg.Client, schema: string): Promise<string> {
  // On the raw pool or session rather than Kysely: not a data statement (the statement counters
  // and their bounds are about resolving fields).
  const { rows } = await db.query<DataVersionRow>(dataVersionStatement(schema));
  return dataVersionOf(rows[0]);
}

/** What the statement of `readDataVersion` answers. */
export interface DataVersionRow {
  runs: number;
  last: number | null;
  at: Date | null;
}

/** The statement that reads a schema's data version (for callers with their own connection). */
export const dataVersionStatement = (schema: string) =>
  `select count(*)::int as runs, max(id) as last, max(finished_at) as at
     from ${quoteIdentifier(schema)}.ingest_run where finished_at is not null`;

export const dataVersionOf = ({ runs, last, at }: DataVersionRow): string =>
  `${last ?? 0}.${runs}.${at ? at.getTime() : 0}`;

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

export interface DataVersionWatchOptions {
  /** First wait before making a lost session again (doubling up to 30 s). */
  retryMs?: number;
  heartbeatMs?: number;
  /** How long the announcement a new session sends itself may take to come back. */
  probeTimeoutMs?: number;
}

/**
 * Knows the schema's data version without asking the database per request: a session of its
 * own `LISTEN`s on the channel every committed change of `ingest_run` is announced on (a trigger,
 * `notify.migration.ts`), and reads the version again on each announcement,
 * on that session (not the serving pool, where it would queue behind requests).
 *
 * `current` is non-null (pushed) only while all of this holds: the schema has the trigger; an
 * announcement the session sent itself came back (a pooler in transaction mode accepts `LISTEN`
 * and delivers nothing); the version was read after `LISTEN` began, so no commit falls between;
 * and the session still answers: it reads the version every `heartbeatMs` as well, so a session
 * that died without a word, or an announcement that never came, is noticed within that time.
 * Otherwise callers read the database themselves, until a new session has done all of it again.
 */
export class DataVersionWatch {
  private version: string | null = null;
  private listening = false;
  private closed = false;
  private session?: pg.Client;
  private reading?: Promise<boolean>;
  private readAgain = false;
  private probe?: { payload: string; arrived: () => void };
  private readonly waiters = new Set<() => void>();
  private retry?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;
  private retryDelay: number;
  private readonly retryMs: number;
  private readonly heartbeatMs: number;
  private readonly probeTimeoutMs: number;

  constructor(
    private readonly schema: string,
    private readonly openSession: () => pg.Client,
    private readonly logger: Logger,
    options: DataVersionWatchOptions = {},
  ) {
    this.retryMs = options.retryMs ?? 1_000;
    this.heartbeatMs = options.heartbeatMs ?? DATA_VERSION_HEARTBEAT_MS;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2_000;
    this.retryDelay = this.retryMs;
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
      clearInterval(this.heartbeat);
      this.setListening(false);
      if (!this.closed) {
        if (error) this.logger.warn({ err: error }, 'data version not pushed; reading per request');
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
      if (message.channel !== DATA_VERSION_CHANNEL) return;
      const { probe } = this;
      if (probe && message.payload === probe.payload) probe.arrived();
      else if (message.payload === this.schema) void this.read(session, lost);
    });
    try {
      await session.connect();
      // Without the trigger (a database not migrated since it came) no load is ever announced:
      // a version read once would be served as current forever.
      if (!(await announcesLoads(session, this.schema)))
        throw new Error(
          `loads of "${this.schema}" are not announced (no data_version trigger): run \`npm run migrate\``,
        );
      await session.query(`listen ${DATA_VERSION_CHANNEL}`);
      await this.probeDelivery(session);
      // Read after LISTEN: a commit before the read is in it, one after is announced.
      if (!(await this.read(session, lost)) || this.session !== session) return;
      this.retryDelay = this.retryMs;
      this.heartbeat = setInterval(() => void this.read(session, lost), this.heartbeatMs);
      this.heartbeat.unref();
      this.setListening(true);
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
    clearInterval(this.heartbeat);
    const session = this.session;
    this.session = undefined;
    this.setListening(false);
    await session?.end().catch(() => undefined);
  }

  /** Sends itself an announcement and waits for it: are announcements delivered here at all? */
  private async probeDelivery(session: pg.Client): Promise<void> {
    const payload = `${this.schema}:probe:${randomUUID()}`;
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<boolean>((resolve) => {
      this.probe = { payload, arrived: () => resolve(true) };
      timer = setTimeout(() => resolve(false), this.probeTimeoutMs);
    });
    try {
      await session.query('select pg_notify($1, $2)', [DATA_VERSION_CHANNEL, payload]);
      if (!(await arrived))
        throw new Error(
          'announcements are not delivered on this connection (a pooler in transaction mode?)',
        );
    } finally {
      clearTimeout(timer);
      this.probe = undefined;
    }
  }

  /**
   * Reads the version on the session; announcements during a read cause one more read after it.
   * A failed read (the session's query timeout included) ends the session: not pushed until a
   * new one has read again.
   */
  private read(session: pg.Client, lost: (error: Error) => void): Promise<boolean> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.readAgain = false;
          const version = await readDataVersion(session, this.schema);
          if (version !== this.version) {
            this.version = version;
            this.wake();
          }
        } while (this.readAgain);
        return true;
      } catch (error) {
        lost(error as Error);
        return false;
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
