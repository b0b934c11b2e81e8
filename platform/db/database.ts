import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { boundedPool } from './bounded-pool';
import type { Logger } from '../logger';

// DATE columns hold calendar days; pg's default parser turns them into local-midnight Date
// objects, which shifts them by a day west of UTC. Keep them as ISO strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint ids and counts fit in a JS number for every table we hold.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface DatabaseOptions {
  url: string;
  /** The Postgres schema this subgraph owns; every Kysely query is qualified with it. */
  schema: string;
  applicationName: string;
  poolMax?: number;
  statementTimeoutMs?: number;
  /** How long a statement waits for a row or table lock (unset: as long as the statement may). */
  lockTimeoutMs?: number;
  /** How long a request waits for a connection, whether the pool is full or the server slow. */
  connectTimeoutMs?: number;
  /** Requests that may wait for a connection; one more is refused at once (DATABASE_BUSY). */
  poolQueueMax?: number;
  logger?: Logger;
  /** Called for every statement; tests use it to count SQL per request. */
  onQuery?: (sql: string) => void;
}

export interface Database<DB> {
  /** Kysely bound to the subgraph's schema (`withSchema`). */
  db: Kysely<DB>;
  /** That schema. */
  schema: string;
  pool: pg.Pool;
  /** Opens one connection outside the pool and runs `select 1`: is the server there at all? */
  ping(timeoutMs?: number): Promise<void>;
  /** A client outside the pool (not yet connected), for a session of its own such as `LISTEN`. */
  client(purpose: string, timeoutMs?: number): pg.Client;
  destroy(): Promise<void>;
}

export function createDatabase<DB>(options: DatabaseOptions): Database<DB> {
  const statementTimeout = options.statementTimeoutMs ?? 10_000;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    statement_timeout: statementTimeout,
    ...(options.lockTimeoutMs ? { lock_timeout: options.lockTimeoutMs } : {}),
    // A server that stops answering mid-statement (network cut) never sends the timeout error:
    // give up on the client side a little after the server would have.
    query_timeout: statementTimeout + 2_000,
    application_name: options.applicationName,
  });
  // Without a listener, Postgres closing an idle connection (restart, failover) kills the process.
  pool.on('error', (error) =>
    options.logger?.error({ err: error }, 'idle database connection failed'),
  );

  const root = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: boundedPool(pool, options.poolQueueMax ?? 100) }),
    log: (event: LogEvent) => {
      if (event.level === 'query') options.onQuery?.(event.query.sql);
      if (event.level === 'error') {
        options.logger?.warn(
          { err: event.error, sql: event.query.sql, ms: event.queryDurationMillis },
          'query failed',
        );
      }
    },
  });
  const db = root.withSchema(options.schema);
  const client = (purpose: string, timeoutMs = 2_000) =>
    new pg.Client({
      connectionString: options.url,
      connectionTimeoutMillis: timeoutMs,
      query_timeout: timeoutMs,
      application_name: `${options.applicationName}-${purpose}`,
      // A session kept open for hours (LISTEN) must notice a peer that vanished without a word.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
  const ping = async (timeoutMs = 2_000) => {
    const client_ = client('ping', timeoutMs);
    // A failed connection emits 'error' as well as rejecting; without a listener that would throw.
    client_.on('error', () => undefined);
    try {
      await client_.connect();
      await client_.query('select 1');
    } finally {
      await client_.end().catch(() => undefined);
    }
  };
  return { db, schema: options.schema, pool, ping, client, destroy: () => root.destroy() };
}
