import { readApiKeys, type ApiKeyEntry } from '../platform/api-keys';
import { z } from 'zod';
import path from 'node:path';
import {
  nonNegativeInt,
  onOff,
  bindHost,
  ConfigError,
  envPrefix,
  logLevel,
  port,
  positiveInt,
  readConfig,
  sharedSecret,
} from '../platform/config';
import { corsOrigins, type CorsOrigins } from './cors';
import { projectRoot } from '../platform/paths';
import {
  queryLimitsFrom,
  queryLimitsShape,
  type QueryLimits,
} from '../platform/limits/query-limits';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  /** Subgraph name → URL, overriding the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  sharedSecret: string;
  limits: QueryLimits;
  subgraphTimeoutMs: number;
  /** Origins a browser may call from; `*` is any (no credentials either way). */
  corsOrigins: CorsOrigins;
  /** Query plans kept (an LRU by entries). */
  queryPlanCacheEntries: number;
  /** Parsed documents and APQ query strings kept, each (an LRU by entries). */
  documentCacheEntries: number;
  shutdownGraceMs: number;
  logLevel: string;
  /** Answers kept by the response cache (0: none) and their JSON bytes together. */
  responseCacheEntries: number;
  responseCacheMaxBytes: number;
  /** `Cache-Control: public, max-age` on a cacheable GET (0: caches revalidate every time). */
  cacheMaxAgeSeconds: number;
  /** Reuse a data version reading this long (0: read on every request, no stale window). */
  dataVersionCheckMs: number;
  /**
   * The subgraphs push their data version (one open request each) instead of the gateway asking
   * on every cacheable request; a load is then seen once its announcement has come round.
   */
  dataVersionPush: boolean;
  /** Share one subgraph fetch between identical requests in flight. */
  dedupInflight: boolean;
  /** The most rows one table export may hold (`/export/<table>.csv`). */
  exportMaxRows: number;
  /** Query cost points each client may spend per hour; 0 turns the limits off. */
  rateLimitPointsPerHour: number;
  /** How many clients the limits remember at once. */
  rateLimitClients: number;
  /** API keys with their own limits (`npm run api-key`), from `API_KEYS_FILE`. */
  apiKeys: ApiKeyEntry[];
}

/** `COUNCILS_URL` for subgraph `councils`, `NEIGHBOURHOOD_BOARDS_URL` for `neighbourhood-boards`. */
export const urlVariable = (subgraph: string) => `${envPrefix(subgraph)}_URL`;

/** The subgraphs named in a supergraph, with the URLs written in it. */
export function subgraphsIn(supergraphSdl: string): { name: string; url: string }[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
    ([, name, url]) => ({ name, url }),
  );
}

export function readGatewayConfig(
  supergraphSdlOf: (file: string) => string,
  env: NodeJS.ProcessEnv = process.env,
): GatewayConfig {
  const base = readConfig(
    {
      GATEWAY_PORT: port(4000),
      HOST: bindHost,
      SUPERGRAPH_PATH: z.string().default(path.join(projectRoot(), 'schema', 'supergraph.graphql')),
      SUBGRAPH_SHARED_SECRET: sharedSecret,
      ...queryLimitsShape,
      // Above the subgraphs' statement timeout (`DB_STATEMENT_TIMEOUT_MS`), so a slow statement
      // reaches the client as the subgraph's precise error rather than this cut-off.
      SUBGRAPH_TIMEOUT_MS: positiveInt(8_000),
      CORS_ORIGINS: corsOrigins,
      QUERY_PLAN_CACHE_ENTRIES: positiveInt(500),
      DOCUMENT_CACHE_ENTRIES: positiveInt(1_000),
      SHUTDOWN_GRACE_MS: positiveInt(10_000),
      LOG_LEVEL: logLevel,
      RESPONSE_CACHE_ENTRIES: nonNegativeInt(1_000),
      RESPONSE_CACHE_MAX_MB: positiveInt(64),
      CACHE_MAX_AGE_SECONDS: nonNegativeInt(0),
      DATA_VERSION_CHECK_MS: nonNegativeInt(0),
      DATA_VERSION_PUSH: onOff(true),
      DEDUP_INFLIGHT: onOff(true),
      EXPORT_MAX_ROWS: positiveInt(1_000_000),
      RATE_LIMIT_POINTS_PER_HOUR: nonNegativeInt(1_000_000),
      RATE_LIMIT_CLIENTS: positiveInt(100_000),
      API_KEYS_FILE: z.string().optional(),
    },
    env,
  );
  const subgraphUrls: Record<string, string> = {};
  const problems: string[] = [];
  for (const { name } of subgraphsIn(supergraphSdlOf(base.SUPERGRAPH_PATH))) {
    const value = env[urlVariable(name)];
    if (value === undefined) continue;
    if (!z.string().url().safeParse(value).success)
      problems.push(`${urlVariable(name)}: must be a URL, got "${value}"`);
    else subgraphUrls[name] = value;
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    port: base.GATEWAY_PORT,
    host: base.HOST,
    supergraphPath: base.SUPERGRAPH_PATH,
    subgraphUrls,
    sharedSecret: base.SUBGRAPH_SHARED_SECRET,
    limits: queryLimitsFrom(base),
    subgraphTimeoutMs: base.SUBGRAPH_TIMEOUT_MS,
    corsOrigins: base.CORS_ORIGINS,
    queryPlanCacheEntries: base.QUERY_PLAN_CACHE_ENTRIES,
    documentCacheEntries: base.DOCUMENT_CACHE_ENTRIES,
    shutdownGraceMs: base.SHUTDOWN_GRACE_MS,
    logLevel: base.LOG_LEVEL,
    responseCacheEntries: base.RESPONSE_CACHE_ENTRIES,
    responseCacheMaxBytes: base.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
    cacheMaxAgeSeconds: base.CACHE_MAX_AGE_SECONDS,
    dataVersionCheckMs: base.DATA_VERSION_CHECK_MS,
    dataVersionPush: base.DATA_VERSION_PUSH,
    dedupInflight: base.DEDUP_INFLIGHT,
    exportMaxRows: base.EXPORT_MAX_ROWS,
    rateLimitPointsPerHour: base.RATE_LIMIT_POINTS_PER_HOUR,
    rateLimitClients: base.RATE_LIMIT_CLIENTS,
    apiKeys: base.API_KEYS_FILE ? readApiKeys(path.resolve(projectRoot(), base.API_KEYS_FILE)) : [],
  };
}
