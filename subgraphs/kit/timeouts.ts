import { GraphQLError } from 'graphql';

/**
 * Codes of errors that say a request ran out of time; they reach clients as written (they are
 * not client errors: the same request may succeed later, or as a smaller one).
 * - `SUBGRAPH_TIMEOUT`: a subgraph's database statement ran past `DB_STATEMENT_TIMEOUT_MS`.
 * - `GATEWAY_TIMEOUT`: a subgraph did not answer the gateway within `SUBGRAPH_TIMEOUT_MS`.
 */
export const TIMEOUT_CODES = new Set(['SUBGRAPH_TIMEOUT', 'GATEWAY_TIMEOUT']);

// PostgreSQL's query_canceled: what a statement past `statement_timeout` fails with.
const QUERY_CANCELED = '57014';

const causeOf = (error: unknown): unknown =>
  error instanceof GraphQLError && error.originalError ? causeOf(error.originalError) : error;

/** True when a resolver failed because its SQL statement ran out of time. */
export function isStatementTimeout(error: unknown): boolean {
  const cause = causeOf(error) as { code?: unknown } | null;
  return typeof cause === 'object' && cause !== null && cause.code === QUERY_CANCELED;
}

export const STATEMENT_TIMEOUT_MESSAGE =
  'The database did not answer within its time budget; ask for fewer items or fewer levels, or try again later.';

/** The error the gateway reports for a subgraph call it gave up on. */
export const gatewayTimeout = (ms: number) =>
  new GraphQLError(
    `A part of this query did not answer within ${ms} ms; ask for fewer items or fewer levels, or try again later.`,
    { extensions: { code: 'GATEWAY_TIMEOUT' } },
  );
