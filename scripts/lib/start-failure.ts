import { ConfigError } from '../../platform/config';
import { EmbeddedPostgresError } from './embedded-postgres';

/**
 * One plain sentence for a failed start, saying what to do: the operator needs the remedy, not
 * a stack (the full error still goes to the log at debug level).
 */
export function describeStartFailure(error: unknown): string {
  if (error instanceof EmbeddedPostgresError || error instanceof ConfigError) return error.message;
  const { code, message, address, port } = error as NodeJS.ErrnoException & {
    address?: string;
    port?: number;
  };
  if (code === 'EADDRINUSE')
    return `Port ${port} is already in use: stop what listens there or choose another port (GATEWAY_PORT, COUNCILS_PORT, NEIGHBOURHOOD_BOARDS_PORT...).`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000')
    return `Could not use the database ${address ? `at ${address}:${port} ` : ''}(${message}): check DATABASE_URL, or unset it to use the embedded PostgreSQL.`;
  if (/lacks .+\.csv/.test(message ?? '')) return message;
  return `${message ?? String(error)} (run with LOG_LEVEL=debug for details).`;
}
