import { ApolloGateway, type executeQueryPlan } from '@apollo/gateway';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { readFileSync } from 'node:fs';
import { startService, type RunningService } from '../platform/http/service';
import { LIST_SIZING } from '../schema/list-sizes';
import { BoundedCache } from '../platform/bounded-cache';
import type { Logger } from '../platform/logger';
import { cors } from './cors';
import type { GatewayConfig } from './config';
import { subgraphsIn } from './config';
import { clientErrorStatus } from './client-error-status.plugin';
import { localIntrospection } from './introspection.plugin';
import { subgraphErrors } from './subgraph-errors';
import { SubgraphDataSource, subgraphAgent, type SentResponse } from './subgraph-data-source';
import { registerExplorerRoutes } from './explorer/explorer.routes';
import { registerExportRoutes } from './export/export.routes';
import { registerFeedRoutes } from './feeds/feeds.routes';
import { rateLimits } from './rate-limit/rate-limit';
import { identifyCaller } from './caller';
import { CALLER_KEY_HEADER, callerKeyOf } from '../platform/http/caller';
import { DataVersions } from './data-versions';
import { sharedInFlight } from './in-flight';
import { responseCache } from './response-cache.plugin';

type QueryPlan = Parameters<typeof executeQueryPlan>[0];

/**
 * The public endpoint: serves the committed supergraph (it composes nothing at run time) and
 * sends each subgraph its part of a query over HTTP, with the shared secret and a timeout.
 */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningService> {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const urls = new Map(
    subgraphsIn(supergraphSdl).map(({ name, url }) => [name, config.subgraphUrls[name] ?? url]),
  );
  // One keep-alive pool for all subgraph calls, closed when the gateway stops.
  const agent = subgraphAgent();
  const share = config.dedupInflight ? sharedInFlight<SentResponse>() : undefined;
  // Per request: the data version it was checked under (see `headersFor` below).
  const versionOf = new WeakMap<object, string>();
  const versions = new DataVersions(
    [...urls.values()].map(DataVersions.urlOf),
    config.sharedSecret,
    {
      checkIntervalMs: config.dataVersionCheckMs,
      timeoutMs: config.subgraphTimeoutMs,
      agent,
      push: config.dataVersionPush,
      logger,
    },
  );

  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    // One plan per distinct operation: bounded by entries, as Apollo sizes plans by their JSON.
    queryPlannerConfig: { cache: new BoundedCache<QueryPlan>(config.queryPlanCacheEntries) },
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: urls.get(name) ?? url,
        sharedSecret: config.sharedSecret,
        timeoutMs: config.subgraphTimeoutMs,
        agent,
        share,
        // The data version the request was checked under, so that the deduplication never
        // joins a fetch that began before a load this request has seen.
        // The caller's API key id, for what is theirs alone (webhook subscriptions).
        headersFor: (context): Record<string, string> => {
          const version = versionOf.get(context);
          const caller = context.apiKeyId;
          return {
            ...(version ? { 'x-gateway-data-version': version } : {}),
            ...(typeof caller === 'string' ? { [CALLER_KEY_HEADER]: caller } : {}),
          };
        },
      }),
  });

  const cache = responseCache({
    entries: config.responseCacheEntries,
    maxBytes: config.responseCacheMaxBytes,
    maxAgeSeconds: config.cacheMaxAgeSeconds,
    versions,
    versionOf,
  });
  const limits =
    config.rateLimitPointsPerHour > 0
      ? rateLimits({
          pointsPerHour: config.rateLimitPointsPerHour,
          maxClients: config.rateLimitClients,
          apiKeys: config.apiKeys,
        })
      : null;
  const internalHeaders = limits ? limits.onBehalfOf : () => ({});
  const service = await startService({
    name: 'gateway',
    port: config.port,
    host: config.host,
    drainGraceMs: config.shutdownGraceMs,
    documentCacheEntries: config.documentCacheEntries,
    logger,
    graphql: { gateway },
    limits: config.limits,
    listSizing: LIST_SIZING,
    context: async (req) => ({ apiKeyId: callerKeyOf(req.headers) }),
    // Browsers get the self-hosted explorer, not Apollo's landing page (which loads from a CDN).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      localIntrospection(),
      clientErrorStatus(),
      cache.plugin,
      // After the cache, so an answer is stored without its client's allowance.
      ...(limits ? [limits.plugin] : []),
    ],
    // The gate first: a client with no points left is refused before the cache answers it.
    beforeApollo: [
      identifyCaller(config.apiKeys),
      ...(limits ? [limits.gate] : []),
      cache.answerRepeats,
    ],
    translateError: subgraphErrors(logger),
    routes: (app) => {
      // Before the explorer and `/graphql`, so a browser's preflight never reaches Apollo.
      app.use('/graphql', cors(config.corsOrigins));
      app.use('/export', cors(config.corsOrigins));
      app.use('/feeds', cors(config.corsOrigins));
      registerExplorerRoutes(app, logger);
      registerExportRoutes(app, {
        versions,
        logger,
        maxRows: config.exportMaxRows,
        internalHeaders,
      });
      registerFeedRoutes(app, { versions, logger, internalHeaders });
    },
    // Ready when every subgraph says it is ready.
    readiness: async () => {
      const failures: string[] = [];
      await Promise.all(
        [...urls].map(async ([name, url]) => {
          const readyz = url.replace(/\/graphql$/, '/readyz');
          const response = await fetch(readyz, { signal: AbortSignal.timeout(2_000) }).catch(
            () => null,
          );
          if (!response?.ok) failures.push(name);
        }),
      );
      if (failures.length) throw new Error(`subgraphs not ready: ${failures.join(', ')}`);
    },
  }).catch(async (error: unknown) => {
    // The long polls and the agent's sockets must not keep a gateway that failed to start alive.
    versions.close();
    await agent.destroy();
    throw error;
  });
  return {
    ...service,
    stop: async () => {
      versions.close();
      await service.stop();
      await agent.destroy();
    },
  };
}
