import type { GraphQLFormattedError } from 'graphql';
import { isPublicError, type ErrorTranslator } from '../platform/errors/public-errors';
import type { Logger } from '../platform/logger';

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
 * wrong, as BAD_USER_INPUT at the path of the field the gateway was fetching. Any other refusal
 * (e.g. a subgraph out of step with the supergraph) is masked: the wrapped error holds the
 * subgraph's URL and body, which are never passed on.
 */
export function subgraphErrors(logger: Logger): ErrorTranslator {
  return (formatted) => {
    const response = formatted.extensions?.response as SubgraphResponse | undefined;
    // A client's mistake, a subgraph's coded database failure, or the gateway giving up on a
    // subgraph, say so.
    const passes = isPublicError(formatted);
    if (!response) return passes ? formatted : null;
    const inner = response.status === 400 ? response.body?.errors?.[0] : undefined;
    const code = inner?.extensions?.code;
    const isValueError =
      code === 'BAD_USER_INPUT' ||
      (code === 'GRAPHQL_VALIDATION_FAILED' && VALUE_ERROR.test(inner?.message ?? ''));
    if (!isValueError) return null;
    logger.warn(
      { subgraph: response.url, message: inner!.message },
      'a subgraph refused a value in the request',
    );
    return {
      message: inner!.message,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  };
}
