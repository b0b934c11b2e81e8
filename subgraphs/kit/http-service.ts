import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import express, { type Request } from 'express';
import {
  BREAK,
  GraphQLError,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger';

export const SHARED_SECRET_HEADER = 'x-subgraph-secret';
const MAX_BODY = '1mb';

export interface ServiceOptions<Context extends BaseContext> {
  name: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  logger: Logger;
  schema?: GraphQLSchema;
  gateway?: GatewayInterface;
  context: (request: Request) => Promise<Context>;
  /** Resolves when the service can answer queries (e.g. its database answers); throws otherwise. */
  readiness: () => Promise<void>;
  /** When set, `/graphql` refuses requests that do not carry it (subgraphs behind a gateway). */
  sharedSecret?: string;
  validationRules?: ValidationRule[];
  plugins?: ApolloServerPlugin<Context>[];
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
]);

const isClientError = (error: GraphQLFormattedError | undefined): boolean => {
  const code = error?.extensions?.code;
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
};

/** How `@apollo/gateway` describes a failed HTTP call to a subgraph (never for clients' eyes). */
interface SubgraphResponse {
  url?: string;
  status?: number;
  body?: { errors?: GraphQLFormattedError[] };
}

// Messages graphql-js and the scalars give for a value the subgraph's types refuse.
const VALUE_ERROR = /^(Value is not a valid|Expected value of type|Variable "\$)/;

/**
 * The gateway cannot check a subgraph's custom scalars (it would pass a LocalDate such as
 * 2025-02-30); the subgraph refuses the request with HTTP 400 and a validation error, which the
 * gateway wraps as an opaque failure. Unwrap such value errors so the client learns what was
 * wrong. Any other refusal (e.g. a subgraph out of step with the supergraph) stays masked.
 */
function subgraphValueError(response: SubgraphResponse): GraphQLFormattedError | null {
  const inner = response.status === 400 ? response.body?.errors?.[0] : undefined;
  const code = inner?.extensions?.code;
  const isValueError =
    code === 'BAD_USER_INPUT' ||
    (code === 'GRAPHQL_VALIDATION_FAILED' && VALUE_ERROR.test(inner?.message ?? ''));
  return isValueError ? { message: inner!.message, extensions: { code } } : null;
}

function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Set only on the gateway, when a subgraph call failed: it holds the subgraph's URL and
    // body, so the error is either unwrapped into a value error or masked, never passed on.
    const response = formatted.extensions?.response as SubgraphResponse | undefined;
    if (!response && isClientError(formatted)) return formatted;
    const valueError = response ? subgraphValueError(response) : null;
    if (valueError) {
      logger.warn(
        { subgraph: response!.url, message: valueError.message },
        'a subgraph refused a value in the request',
      );
      return { ...valueError, path: formatted.path };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error: the failure was logged',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function requestLogger<Context extends BaseContext>(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ request, errors }) {
          logger.info(
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
  };
}

const NUL = '\u0000';

const valueHasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes(NUL)
    : value !== null && typeof value === 'object' && Object.values(value).some(valueHasNul);

function documentHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes(NUL)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * PostgreSQL text cannot hold the NUL character, so an argument containing one would fail in
 * the database as an internal error. Refuse it up front, saying why: in a string of the query
 * (written as the escape `\u0000`) or in the variables.
 */
function rejectNulCharacters<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (documentHasNul(document) || valueHasNul(request.variables)) {
            throw new GraphQLError('Text arguments must not contain the NUL character (U+0000)', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

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

  const apollo = new ApolloServer<Context>({
    ...(options.gateway ? { gateway: options.gateway } : { schema: options.schema! }),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: options.validationRules,
    formatError: maskErrors(options.logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestLogger<Context>(options.logger),
      rejectNulCharacters<Context>(),
      // Traces are for Apollo's hosted service, which we do not use.
      ...(options.gateway ? [] : [ApolloServerPluginInlineTraceDisabled()]),
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
      options.logger.warn({ err: error }, 'not ready');
      res
        .status(503)
        .json({ status: 'not ready', service: options.name, reason: (error as Error).message });
    }
  });
  app.use(
    '/graphql',
    (req, res, next) => {
      if (options.sharedSecret && req.get(SHARED_SECRET_HEADER) !== options.sharedSecret) {
        res.status(403).json({
          errors: [
            {
              message: 'This subgraph only answers its gateway',
              extensions: { code: 'FORBIDDEN' },
            },
          ],
        });
        return;
      }
      next();
    },
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: async ({ req }) => options.context(req) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}/graphql`;
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
