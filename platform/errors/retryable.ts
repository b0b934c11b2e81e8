import { GraphQLError } from 'graphql';
import { DATABASE_ERROR_CODES } from '../db/db-errors';

/**
 * Codes of errors that are not the client's mistake but are written for clients: the same
 * request may succeed later, or as a smaller one. They pass error masking as written, and a
 * response with nothing else answers 503 at the gateway.
 * - `DATABASE_TIMEOUT`, `DATABASE_BUSY`, `DATABASE_UNAVAILABLE` (see `db-errors.ts`): a
 *   subgraph's statement ran past `DB_STATEMENT_TIMEOUT_MS`, waited too long for a lock or a
 *   connection, or found no database.
 * - `GATEWAY_TIMEOUT`: a subgraph did not answer the gateway within `SUBGRAPH_TIMEOUT_MS`.
 */
export const RETRYABLE_CODES = new Set([...DATABASE_ERROR_CODES, 'GATEWAY_TIMEOUT']);

/** The error the gateway reports for a subgraph call it gave up on. */
export const gatewayTimeout = (ms: number) =>
  new GraphQLError(
    `A part of this query did not answer within ${ms} ms; ask for fewer items or fewer levels, or try again later.`,
    { extensions: { code: 'GATEWAY_TIMEOUT' } },
  );
