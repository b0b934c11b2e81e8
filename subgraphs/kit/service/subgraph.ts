import type { BaseContext } from '@apollo/server';
import type { IngestTables } from '../ingest/importer';
import type { RequestScope, SubgraphModule } from './module';
import type { Database } from '../../../platform/db/database';
import { registerDataVersionRoute } from '../../../platform/data-version/route';
import { sql, type Kysely } from 'kysely';
import {
  dataVersionOf,
  dataVersionStatement,
  DataVersionWatch,
  type DataVersionRow,
} from '../../../platform/data-version/watch';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { startService, type RunningService } from '../../../platform/http/service';
import { callerKeyOf } from '../../../platform/http/caller';
import { LIST_SIZING } from '../../../schema/list-sizes';
import type { Logger } from '../../../platform/logger';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../../../platform/limits/query-limits';

export interface StartSubgraphOptions<DB extends IngestTables, Context extends BaseContext> {
  module: SubgraphModule<DB, Context>;
  database: Database<DB>;
  port: number;
  logger: Logger;
  /** Required: a subgraph answers only its gateway (`x-subgraph-secret`). */
  sharedSecret: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** How long a stop waits for requests in flight (default 10 s). */
  drainGraceMs?: number;
  /** The same limits as the gateway's (default: `DEFAULT_QUERY_LIMITS`). */
  limits?: QueryLimits;
  /** Listen for loads and push the data version (default true; `platform/data-version/`). */
  pushDataVersion?: boolean;
  /**
   * Run the module's background work (default true). Tests that count a subgraph's statements
   * leave it off, so the counts are the requests' alone.
   */
  background?: boolean;
}

/**
 * A request's scope: its data version is the pushed one when the watch holds it (no statement),
 * else read once from the database on the first list that needs it.
 */
function requestScope<DB>(
  watch: DataVersionWatch,
  db: Kysely<DB>,
  schema: string,
  apiKeyId: string | null,
): RequestScope {
  let version: Promise<string> | undefined;
  // Through Kysely's bounded pool, so a database that is down or busy says so as every statement
  // does (DATABASE_UNAVAILABLE, DATABASE_BUSY), not as an internal error.
  const read = async () => {
    const { rows } = await sql.raw<DataVersionRow>(dataVersionStatement(schema)).execute(db);
    return dataVersionOf(rows[0]);
  };
  return {
    dataVersion: () => (version ??= watch.current ? Promise.resolve(watch.current) : read()),
    apiKeyId,
  };
}

/** Serves one subgraph over HTTP; `/readyz` answers once its database does. */
export async function startSubgraph<DB extends IngestTables, Context extends BaseContext>(
  options: StartSubgraphOptions<DB, Context>,
): Promise<RunningService> {
  const { schema } = await options.module.buildSchema();
  const { db } = options.database;
  // A database that does not answer now is the readiness check's news, not a reason to stay down.
  const warnings = await options.module.startupWarnings?.(db).catch(() => []);
  for (const warning of warnings ?? []) options.logger.warn(warning);
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const watch = new DataVersionWatch(
    options.module.schema,
    () => options.database.client('listen'),
    options.logger,
  );
  // Not awaited to the end of retries: a database that is down now is the readiness check's news.
  if (options.pushDataVersion ?? true) await watch.start();
  // The watch's session must not keep a process whose service failed to start alive.
  const service = await startService({
    name: options.module.name,
    port: options.port,
    host: options.host,
    drainGraceMs: options.drainGraceMs,
    logger: options.logger,
    graphql: { schema },
    listSizing: LIST_SIZING,
    sharedSecret: options.sharedSecret,
    // The gateway asks for a type's fields inside `_entities`: one level more than the client.
    limits: { ...limits, depth: limits.depth + 1 },
    context: async (req) =>
      options.module.createContext(
        db,
        requestScope(watch, db, options.module.schema, callerKeyOf(req.headers)),
      ),
    // Traces are for Apollo's hosted service, which we do not use; no schema sets cache hints
    // (`@cacheControl`), so the plugin would only time every field of every answer. (The gateway
    // keeps its cache-control plugin: it resolves no fields.)
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    // A connection of its own, not one from the pool: readiness asks whether the server is
    // there, and a pool busy with a slow table is not a reason to take the service out.
    readiness: () => options.database.ping(),
    // What the gateway's response cache keys answers by (`gateway/data-versions.ts`).
    routes: (app) =>
      registerDataVersionRoute(
        app,
        options.database.pool,
        options.module.schema,
        options.sharedSecret,
        watch,
      ),
  }).catch(async (error: unknown) => {
    await watch.close();
    throw error;
  });
  let background: ReturnType<NonNullable<typeof options.module.background>> | undefined;
  try {
    if (options.background ?? true) background = options.module.background?.(db, options.logger);
  } catch (error) {
    // Its configuration, read as it starts, was refused: the service does not stay up without it.
    await watch.close();
    await service.stop();
    throw error;
  }
  return {
    ...service,
    stop: async () => {
      // First: the gateway's waiting `/version` requests are answered, so the drain is quick.
      await watch.close();
      await background?.stop();
      await service.stop();
    },
  };
}
