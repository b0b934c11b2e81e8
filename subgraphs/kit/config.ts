import { z } from 'zod';

/** Raised once at start-up when the environment does not describe a runnable service. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const port = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);
export const positiveInt = (fallback: number) =>
  z.coerce.number().int().positive().default(fallback);
export const nonNegativeInt = (fallback: number) =>
  z.coerce.number().int().min(0).default(fallback);
export const postgresUrl = z
  .string()
  .url()
  .refine(
    (value) => /^postgres(ql)?:\/\//.test(value),
    'must start with postgres:// or postgresql://',
  );
/** A switch: `true`/`false`, `1`/`0` or `on`/`off`. */
export const onOff = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'on', 'off'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => ['true', '1', 'on'].includes(value));
/** The address a service listens on: loopback unless told otherwise (containers set 0.0.0.0). */
export const bindHost = z.string().min(1).default('127.0.0.1');
/** The secret the gateway sends each subgraph: required, so a subgraph never answers anyone. */
export const sharedSecret = z.string().min(16, 'must be at least 16 characters');
export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

/**
 * Validates the environment once, at start-up, against a zod schema whose keys are the variable
 * names, so that every problem is reported together and by the name the operator has to fix.
 */
export function readConfig<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<Shape>> {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map(
        (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
      ),
    );
  }
  return result.data;
}

/** The prefix of a service's own variables: `NEIGHBOURHOOD_BOARDS` for `neighbourhood-boards`. */
export const envPrefix = (name: string): string => name.toUpperCase().replace(/-/g, '_');

/** Settings every subgraph shares; each adds its own port default and database variable. */
export const subgraphShape = (name: string, defaultPort: number) => {
  const prefix = envPrefix(name);
  return {
    [`${prefix}_PORT`]: port(defaultPort),
    HOST: bindHost,
    [`${prefix}_DATABASE_URL`]: postgresUrl.optional(),
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
  };
};

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
  /** Listen for loads and push the data version to the gateway (`kit/data-version.ts`). */
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
  const raw = readConfig(subgraphShape(name, defaultPort), env) as Record<string, unknown>;
  const databaseUrl = (raw[`${prefix}_DATABASE_URL`] ?? raw.DATABASE_URL) as string | undefined;
  if (!databaseUrl) {
    throw new ConfigError([`${prefix}_DATABASE_URL or DATABASE_URL: required`]);
  }
  return {
    name,
    port: raw[`${prefix}_PORT`] as number,
    host: raw.HOST as string,
    databaseUrl,
    poolMax: raw.DB_POOL_MAX as number,
    statementTimeoutMs: raw.DB_STATEMENT_TIMEOUT_MS as number,
    lockTimeoutMs: raw.DB_LOCK_TIMEOUT_MS as number,
    connectTimeoutMs: raw.DB_CONNECT_TIMEOUT_MS as number,
    poolQueueMax: raw.DB_POOL_QUEUE_MAX as number,
    shutdownGraceMs: raw.SHUTDOWN_GRACE_MS as number,
    sharedSecret: raw.SUBGRAPH_SHARED_SECRET as string,
    logLevel: raw.LOG_LEVEL as string,
    pushDataVersion: raw.DATA_VERSION_PUSH as boolean,
  };
}
