import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Logger } from './logger';

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
  connectTimeoutMs?: number;
  logger?: Logger;
  /** Called for every statement; tests use it to count SQL per request. */
  onQuery?: (sql: string) => void;
}

export interface Database<DB> {
  /** Kysely bound to the subgraph's schema (`withSchema`). */
  db: Kysely<DB>;
  pool: pg.Pool;
  destroy(): Promise<void>;
}

export function createDatabase<DB>(options: DatabaseOptions): Database<DB> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    application_name: options.applicationName,
  });
  // Without a listener, Postgres closing an idle connection (restart, failover) kills the process.
  pool.on('error', (error) =>
    options.logger?.error({ err: error }, 'idle database connection failed'),
  );

  const root = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
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
  return { db, pool, destroy: () => root.destroy() };
}

/** The pool a subgraph serves from, sized and timed as its configuration says. */
export function openSubgraphDatabase<DB>(
  config: {
    name: string;
    databaseUrl: string;
    poolMax: number;
    statementTimeoutMs: number;
    connectTimeoutMs: number;
  },
  schema: string,
  logger: Logger,
): Database<DB> {
  return createDatabase<DB>({
    url: config.databaseUrl,
    schema,
    applicationName: `${config.name}-subgraph`,
    poolMax: config.poolMax,
    statementTimeoutMs: config.statementTimeoutMs,
    connectTimeoutMs: config.connectTimeoutMs,
    logger,
  });
}
