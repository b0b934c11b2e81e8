import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import express, { type Request, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BoundedCache } from '../bounded-cache';
import { localUrl } from './local-url';
import type { Logger } from '../logger';
import { requestGuards } from '../limits/request-guards';
import { requireSharedSecret } from './subgraph-secret';
import { bodyErrors } from './body-errors';
import { depthLimit } from '../limits/depth-limit';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../limits/query-limits';
import { queryLimits } from '../limits/query-limits.plugin';
import { maskErrors, type ErrorTranslator } from '../errors/public-errors';
import type { ListSizing } from '../limits/query-cost';

const MAX_BODY = '1mb';

export interface ServiceOptions<Context extends BaseContext> {
  name: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Default 127.0.0.1: reachable from this machine only unless told otherwise (HOST). */
  host?: string;
  /** How long a stop waits for requests in flight before closing their connections (10 s). */
  drainGraceMs?: number;
  /**
   * Parsed documents (and APQ query strings) kept, in entries. Unset: Apollo's default store
   * (30 MiB by its own measure), which the subgraphs keep: a supplied store makes Apollo print
   * the schema for a cache key, and type-graphql's enum defaults do not print.
   */
  documentCacheEntries?: number;
  logger: Logger;
  /** What `/graphql` executes: a schema of its own (a subgraph) or a gateway's plan. */
  graphql: { schema: GraphQLSchema } | { gateway: GatewayInterface };
  context: (request: Request) => Promise<Context>;
  /** Resolves when the service can answer queries (e.g. its database answers); throws otherwise. */
  readiness: () => Promise<void>;
  /** When set, `/graphql` refuses requests that do not carry it (subgraphs behind a gateway). */
  sharedSecret?: string;
  /** What one request may ask for (default: `DEFAULT_QUERY_LIMITS`). */
  limits?: QueryLimits;
  /** How long the schema's lists can be, for the cost measure. */
  listSizing: ListSizing;
  plugins?: ApolloServerPlugin<Context>[];
  /** Decides which errors the service did not raise may reach clients (default: client codes only). */
  translateError?: ErrorTranslator;
  /** Registers extra routes before `/graphql` (the gateway's API explorer). */
  routes?: (app: express.Express) => void;
  /** Middleware between body parsing and Apollo on `/graphql` (the gateway's repeat answers). */
  beforeApollo?: RequestHandler[];
}

export interface RunningService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * One line per request, at `debug` only: at `info` (production) the plugin is not installed, so
 * a request pays for no hook, timer or log object.
 */
function requestLogger<Context extends BaseContext>(logger: Logger): ApolloServerPlugin<Context>[] {
  if (!logger.isLevelEnabled('debug')) return [];
  return [
    {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ request, errors }) {
            logger.debug(
              {
                operation: request.operationName ?? null,
                ms: Math.round(performance.now() - started),
                errors: errors?.length ?? 0,
              },
              'graphql request',
            );
          },
        };
      },
    },
  ];
}

/** Compact JSON: Apollo's default pretty-prints every response (two-space indent). */
const compactJson = (value: unknown) => JSON.stringify(value);

/**
 * One HTTP service: `/graphql` (Apollo Server), `/healthz` (the process is up) and `/readyz`
 * (it can answer: its dependencies respond). Used by every subgraph and by the gateway.
 */
export async function startService<Context extends BaseContext>(
  options: ServiceOptions<Context>,
): Promise<RunningService> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const entries = options.documentCacheEntries;

  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const apollo = new ApolloServer<Context>({
    ...options.graphql,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The lexer stops at the limit, so a huge document is refused (400) before it is parsed whole.
    parseOptions: { maxTokens: limits.tokens },
    validationRules: [depthLimit(limits.depth)],
    formatError: maskErrors(options.logger, options.translateError),
    stringifyResult: compactJson,
    // Bounded by entries: distinct queries must not grow the heap (see bounded-cache.ts).
    ...(entries
      ? {
          documentStore: new BoundedCache(entries),
          persistedQueries: { cache: new BoundedCache<string>(entries) },
        }
      : {}),
    // Shutdown is the process's (`platform/shutdown.ts`): drain, then close the pool, then exit.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: options.drainGraceMs ?? 10_000,
      }),
      ...requestLogger<Context>(options.logger),
      requestGuards<Context>(),
      queryLimits<Context>(limits, options.listSizing),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await options.readiness();
      res.json({ status: 'ready', service: options.name });
    } catch (error) {
      // The reason (which may name a host or port) goes to the log, never to the caller.
      options.logger.warn({ err: error }, 'not ready');
      res.status(503).json({
        status: 'not ready',
        service: options.name,
        reason: 'a dependency does not answer; see the service log',
      });
    }
  });
  options.routes?.(app);
  app.use(
    '/graphql',
    ...(options.sharedSecret ? [requireSharedSecret(options.sharedSecret)] : []),
    express.json({ limit: MAX_BODY }),
    ...(options.beforeApollo ?? []),
    expressMiddleware(apollo, { context: async ({ req }) => options.context(req) }),
  );
  app.use(bodyErrors(options.logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = localUrl(options.host, port, '/graphql');
  options.logger.info({ url }, `${options.name} listening`);
  return {
    url,
    port,
    stop: async () => {
      await apollo.stop();
      options.logger.info(`${options.name} stopped`);
    },
  };
}
