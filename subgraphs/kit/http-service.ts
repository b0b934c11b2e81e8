import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import express, { type Request, type RequestHandler } from 'express';
import { type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BoundedCache } from './bounded-cache';
import { localUrl } from './local-url';
import type { Logger } from './logger';
import { requestGuards } from './request-guards';
import { requireSharedSecret } from './subgraph-secret';
import { bodyErrors } from './body-errors';
import { depthLimit } from './depth-limit';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './query-limits';
import { queryLimits } from './query-limits.plugin';
import { RETRYABLE_CODES } from './timeouts';

export { SHARED_SECRET_HEADER } from './subgraph-secret';
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
  schema?: GraphQLSchema;
  gateway?: GatewayInterface;
  context: (request: Request) => Promise<Context>;
  /** Resolves when the service can answer queries (e.g. its database answers); throws otherwise. */
  readiness: () => Promise<void>;
  /** When set, `/graphql` refuses requests that do not carry it (subgraphs behind a gateway). */
  sharedSecret?: string;
  /** What one request may ask for (default: `DEFAULT_QUERY_LIMITS`). */
  limits?: QueryLimits;
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

/** Errors whose messages were written for clients; everything else is masked and logged. */
const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'FORBIDDEN',
  'DOWNSTREAM_SERVICE_ERROR',
  'UNAUTHENTICATED',
  // A request over a limit of `query-limits.ts`.
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
  'TOO_MANY_ROOT_FIELDS',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_ENTITIES',
]);

export const isClientError = (error: GraphQLFormattedError | undefined): boolean => {
  const code = error?.extensions?.code;
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
};

/** Not the client's mistake, but written for clients: try again later (`timeouts.ts`). */
export const isRetryableError = (error: GraphQLFormattedError | undefined): boolean =>
  RETRYABLE_CODES.has(String(error?.extensions?.code));

/** What a client may read as written: its own mistakes, and what it may retry. */
export const isPublicError = (error: GraphQLFormattedError | undefined): boolean =>
  isClientError(error) || isRetryableError(error);

/**
 * Turns an error the service did not raise itself into one a client may see, or returns null
 * to mask it. The gateway uses it for what its subgraphs answered (see `gateway/`).
 */
export type ErrorTranslator = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError | null;

/** Only what a client needs: message, where, and the code (never a service name or a stack). */
const publicError = ({ message, locations, path, extensions }: GraphQLFormattedError) => ({
  message,
  ...(locations ? { locations } : {}),
  ...(path ? { path } : {}),
  extensions: { code: extensions?.code, ...(extensions?.field ? { field: extensions.field } : {}) },
});

function maskErrors(logger: Logger, translate?: ErrorTranslator) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const translated = translate
      ? translate(formatted, error)
      : isPublicError(formatted)
        ? formatted
        : null;
    if (translated) return publicError(translated);
    logger.error({ err: error, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error: the failure was logged',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
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
    ...(options.gateway ? { gateway: options.gateway } : { schema: options.schema! }),
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
    // Shutdown is the process's (kit/shutdown.ts): drain, then close the pool, then exit.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: options.drainGraceMs ?? 10_000,
      }),
      ...requestLogger<Context>(options.logger),
      requestGuards<Context>(),
      queryLimits<Context>(limits),
      // Traces are for Apollo's hosted service, which we do not use; no schema sets cache hints
      // (`@cacheControl`), so the plugin would only time every field of every subgraph answer.
      // The gateway keeps its cache-control plugin: it resolves no fields, and its response
      // policy comes from the subgraph calls (`gateway/subgraph-data-source.ts`).
      ...(options.gateway
        ? []
        : [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()]),
      ...(options.plugins ?? []),
    ],
  } as ConstructorParameters<typeof ApolloServer<Context>>[0]);
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
