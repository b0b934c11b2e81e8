import {
  bindHost,
  ConfigError,
  envPrefix,
  logLevel,
  onOff,
  port,
  positiveInt,
  postgresUrl,
  readConfig,
  sharedSecret,
} from '../../../platform/config';

/** Settings every subgraph shares; `PORT` and `OWN_DATABASE_URL` are read from its own names. */
const subgraphShape = (defaultPort: number) => ({
  PORT: port(defaultPort),
  HOST: bindHost,
  OWN_DATABASE_URL: postgresUrl.optional(),
  DATABASE_URL: postgresUrl.optional(),
  DB_POOL_MAX: positiveInt(10),
  // A statement ends before a queued request's wait for a connection does, so a queued request
  // is served by a connection that frees up rather than timing out behind a slow one; and
  // below the gateway's SUBGRAPH_TIMEOUT_MS, so a slow statement is reported as what it is.
  DB_STATEMENT_TIMEOUT_MS: positiveInt(4_000),
  DB_LOCK_TIMEOUT_MS: positiveInt(1_000),
  DB_CONNECT_TIMEOUT_MS: positiveInt(5_000),
  DB_POOL_QUEUE_MAX: positiveInt(100),
  SHUTDOWN_GRACE_MS: positiveInt(10_000),
  SUBGRAPH_SHARED_SECRET: sharedSecret,
  LOG_LEVEL: logLevel,
  // Off where LISTEN cannot work (a hot-standby read replica): the version is then read per call.
  DATA_VERSION_PUSH: onOff(true),
});

export interface SubgraphConfig {
  name: string;
  port: number;
  host: string;
  databaseUrl: string;
  poolMax: number;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  connectTimeoutMs: number;
  poolQueueMax: number;
  shutdownGraceMs: number;
  sharedSecret: string;
  logLevel: string;
  /** Listen for loads and push the data version to the gateway (`platform/data-version/`). */
  pushDataVersion: boolean;
}

/**
 * Reads one subgraph's configuration. Its own `<NAME>_DATABASE_URL` wins over the shared
 * `DATABASE_URL`, so each subgraph can be moved to its own database server without code changes.
 */
export function readSubgraphConfig(
  name: string,
  defaultPort: number,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphConfig {
  const prefix = envPrefix(name);
  const values = readConfig(subgraphShape(defaultPort), env, {
    PORT: `${prefix}_PORT`,
    OWN_DATABASE_URL: `${prefix}_DATABASE_URL`,
  });
  const databaseUrl = values.OWN_DATABASE_URL ?? values.DATABASE_URL;
  if (!databaseUrl) {
    throw new ConfigError([`${prefix}_DATABASE_URL or DATABASE_URL: required`]);
  }
  return {
    name,
    port: values.PORT,
    host: values.HOST,
    databaseUrl,
    poolMax: values.DB_POOL_MAX,
    statementTimeoutMs: values.DB_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: values.DB_LOCK_TIMEOUT_MS,
    connectTimeoutMs: values.DB_CONNECT_TIMEOUT_MS,
    poolQueueMax: values.DB_POOL_QUEUE_MAX,
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    sharedSecret: values.SUBGRAPH_SHARED_SECRET,
    logLevel: values.LOG_LEVEL,
    pushDataVersion: values.DATA_VERSION_PUSH,
  };
}
