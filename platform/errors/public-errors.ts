import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';
import { RETRYABLE_CODES } from './retryable';

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
  // A request over a limit of `limits/query-limits.ts`.
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

/** Not the client's mistake, but written for clients: try again later (`retryable.ts`). */
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

/**
 * Apollo's `formatError`: public errors (or what `translate` lets through) as written, anything
 * else logged and masked as `INTERNAL_SERVER_ERROR`.
 */
export function maskErrors(logger: Logger, translate?: ErrorTranslator) {
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
