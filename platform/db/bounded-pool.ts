import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { codeQueryError, DatabaseError } from './db-errors';

/**
 * What Kysely sees of a pg.Pool: the same pool, with a bounded wait queue and coded errors.
 *
 * pg.Pool queues every request for a connection without limit; each waits up to
 * `connectionTimeoutMillis` and then fails with an uncoded "timeout exceeded". Here a request
 * that finds `queueMax` others already waiting is refused at once (DATABASE_BUSY), a wait that
 * times out while every connection is in use is DATABASE_BUSY, a connection that cannot be made is
 * DATABASE_UNAVAILABLE, and statement and lock timeouts are coded too (see `db-errors.ts`).
 */
export function boundedPool(pool: pg.Pool, queueMax: number): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      if (pool.waitingCount >= queueMax)
        throw new DatabaseError('DATABASE_BUSY', new Error(`pool queue full (${queueMax})`));
      const full = pool.totalCount >= (pool.options.max ?? 10) && pool.idleCount === 0;
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        const timedOut = /timeout exceeded when trying to connect/.test((error as Error).message);
        throw new DatabaseError(timedOut && full ? 'DATABASE_BUSY' : 'DATABASE_UNAVAILABLE', error);
      }
      return wrapClient(client);
    },
    end: () => pool.end(),
  };
}

function wrapClient(client: pg.PoolClient): PostgresPoolClient {
  return {
    // Kysely passes either (sql, parameters), answered by a promise, or a cursor, returned as is.
    query: ((...args: Parameters<pg.PoolClient['query']>) => {
      const result = (client.query as (...a: unknown[]) => unknown)(...args);
      if (result instanceof Promise)
        return result.catch((error: unknown) => {
          throw codeQueryError(error);
        });
      return result;
    }) as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy),
  };
}
