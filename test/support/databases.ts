import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type Database, type DatabaseOptions } from '../../platform/db/database';
import { testEnv, templateName, type TemplateKind } from './test-env';

export interface TestDatabase {
  url: string;
  /** Opens Kysely on one subgraph schema; `onQuery` sees every statement (to count SQL). */
  open<DB>(
    schema: string,
    onQuery?: (sql: string) => void,
    /** Pool size and timeouts, for the resilience tests. */
    settings?: Partial<DatabaseOptions>,
  ): Database<DB>;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testEnv.adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A private copy of one of the template databases (see `TemplateKind`). */
export async function copyDatabase(kind: TemplateKind): Promise<TestDatabase> {
  const name = `${testEnv.prefix}_${kind}_${randomBytes(4).toString('hex')}`;
  await admin((client) =>
    client.query(`create database ${name} template ${templateName(testEnv.prefix, kind)}`),
  );
  const url = new URL(testEnv.adminUrl);
  url.pathname = `/${name}`;
  const opened: Database<unknown>[] = [];
  return {
    url: url.toString(),
    open<DB>(
      schema: string,
      onQuery?: (sql: string) => void,
      settings: Partial<DatabaseOptions> = {},
    ) {
      const database = createDatabase<DB>({
        url: url.toString(),
        schema,
        applicationName: 'test',
        onQuery,
        ...settings,
      });
      opened.push(database as Database<unknown>);
      return database;
    },
    async drop() {
      await Promise.all(opened.map((database) => database.destroy()));
      await admin((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}
