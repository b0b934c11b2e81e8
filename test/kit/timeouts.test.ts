import { sql } from 'kysely';
import { createDatabase } from '../../platform/db/database';
import { DatabaseError } from '../../platform/db/db-errors';
import { testEnv } from '../support/test-env';

describe('a statement past its budget', () => {
  it('fails with DATABASE_TIMEOUT, a code clients may read and retry', async () => {
    const database = createDatabase({
      // The server the suite runs on (DATABASE_URL's, or the embedded one global setup started).
      url: testEnv.adminUrl,
      schema: 'public',
      applicationName: 'timeouts-test',
      statementTimeoutMs: 50,
    });
    try {
      const failure = await sql`select pg_sleep(2)`.execute(database.db).catch((error) => error);
      expect(failure).toBeInstanceOf(DatabaseError);
      expect(failure.extensions).toEqual({ code: 'DATABASE_TIMEOUT' });
      expect(failure.message).not.toMatch(/pg_sleep|select|statement/i);
    } finally {
      await database.destroy();
    }
  });
});
