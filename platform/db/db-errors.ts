import { GraphQLError } from 'graphql';

/**
 * Database failures a client may be told about, by code: each says what happened and that trying
 * again later may work, and nothing about the server (no SQL, host or table). `http-service`
 * passes these codes through its error masking.
 */
export const DATABASE_ERROR_CODES = ['DATABASE_BUSY', 'DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE'];

export type DatabaseErrorCode = (typeof DATABASE_ERROR_CODES)[number];

const MESSAGES: Record<DatabaseErrorCode, string> = {
  DATABASE_BUSY: 'The data this request needs is busy: try again shortly',
  DATABASE_TIMEOUT: 'The request took longer than its time budget and was stopped',
  DATABASE_UNAVAILABLE: 'The database cannot be reached at the moment: try again shortly',
};

export class DatabaseError extends GraphQLError {
  constructor(
    public readonly code: DatabaseErrorCode,
    cause: unknown,
  ) {
    super(MESSAGES[code], { extensions: { code }, originalError: cause as Error });
    this.name = 'DatabaseError';
  }
}

// SQLSTATEs: https://www.postgresql.org/docs/current/errcodes-appendix.html
const LOCK_NOT_AVAILABLE = '55P03';
const QUERY_CANCELED = '57014';
const UNREACHABLE = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '53300']);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE']);

/** The coded error for a failed statement, or the error itself when it is not one of ours. */
export function codeQueryError(error: unknown): unknown {
  if (error instanceof DatabaseError) return error;
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === LOCK_NOT_AVAILABLE) return new DatabaseError('DATABASE_BUSY', error);
  if (code === QUERY_CANCELED) return new DatabaseError('DATABASE_TIMEOUT', error);
  if (
    (code && (UNREACHABLE.has(code) || NETWORK.has(code))) ||
    /^Query read timeout$/.test(message ?? '')
  )
    return new DatabaseError('DATABASE_UNAVAILABLE', error);
  if (/Connection terminated/.test(message ?? ''))
    return new DatabaseError('DATABASE_UNAVAILABLE', error);
  return error;
}
