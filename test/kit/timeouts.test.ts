import { sql } from 'kysely';
import { GraphQLError } from 'graphql';
import { createDatabase } from '../../subgraphs/kit/db';
import { isStatementTimeout } from '../../subgraphs/kit/timeouts';

describe('a statement past its budget', () => {
  it('is recognised as a timeout, also when a resolver error wraps it', async () => {
    const database = createDatabase({
      url: process.env.DATABASE_URL!,
      schema: 'public',
      applicationName: 'timeouts-test',
      statementTimeoutMs: 50,
    });
    try {
      const failure = await sql`select pg_sleep(2)`.execute(database.db).catch((error) => error);
      expect(isStatementTimeout(failure)).toBe(true);
      expect(isStatementTimeout(new GraphQLError('x', { originalError: failure }))).toBe(true);
      expect(isStatementTimeout(new Error('something else'))).toBe(false);
    } finally {
      await database.destroy();
    }
  });
});
