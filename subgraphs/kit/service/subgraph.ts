/* eslint-disable @typescript-eslint/no-explicit-any -- generic defaults for heterogeneous modules and JSON responses */
import type { Kysely } from 'kysely';
import type { BaseContext } from '@apollo/server';
import type { FederatedSchema } from '../schema/federated-schema';
import type { DatasetLoader, DeriveStep, IntegrityCheck } from '../ingest/loader';
import type { Migrations } from '../../../platform/db/migrator';
import type { SourceDescriptor } from '../types/source';
import type { Database } from '../../../platform/db/database';
import { registerDataVersionRoute } from '../../../platform/data-version/route';
import { DataVersionWatch } from '../../../platform/data-version/watch';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { startService, type RunningService } from '../../../platform/http/service';
import { LIST_SIZING } from '../../../schema/list-sizes';
import type { Logger } from '../../../platform/logger';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../../../platform/limits/query-limits';

/**
 * Everything the scripts need to know about one subgraph: how to migrate, load, build and serve
 * it. `scripts/` iterates over these instead of knowing each subgraph by name.
 */
export interface SubgraphModule<DB = any, Context extends BaseContext = any> {
  /** Service name, as in the supergraph (`councils`). */
  name: string;
  /** The Postgres schema it owns. */
  schema: string;
  defaultPort: number;
  migrations: Migrations;
  /** In load order. */
  loaders: DatasetLoader[];
  /** Rebuilds derived tables after a load's writes, in its transaction. */
  derive?: DeriveStep;
  /** Cross-file checks run after a load's writes, in its transaction. */
  integrity?: IntegrityCheck;
  sources: SourceDescriptor[];
  buildSchema: () => Promise<FederatedSchema>;
  createContext: (db: Kysely<DB>) => Context;
}

export interface StartSubgraphOptions<DB> {
  module: SubgraphModule<DB>;
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
  /** Listen for loads and push the data version (default true; `kit/data-version.ts`). */
  pushDataVersion?: boolean;
}

/** Serves one subgraph over HTTP; `/readyz` answers once its database does. */
export async function startSubgraph<DB>(
  options: StartSubgraphOptions<DB>,
): Promise<RunningService> {
  const { schema } = await options.module.buildSchema();
  const { db } = options.database;
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
    context: async () => options.module.createContext(db),
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
  return {
    ...service,
    stop: async () => {
      // First: the gateway's waiting `/version` requests are answered, so the drain is quick.
      await watch.close();
      await service.stop();
    },
  };
}
