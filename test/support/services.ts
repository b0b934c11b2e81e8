import { readFileSync } from 'node:fs';
import { readGatewayConfig, urlVariable } from '../../gateway/config';
import { startGateway } from '../../gateway/gateway';
import type { RunningService } from '../../platform/http/service';
import { SHARED_SECRET_HEADER } from '../../platform/http/subgraph-secret';
import { createLogger } from '../../platform/logger';
import type { BaseContext } from '@apollo/server';
import type { SubgraphModule } from '../../subgraphs/kit/service/module';
import type { IngestTables } from '../../subgraphs/kit/ingest/importer';
import { startSubgraph } from '../../subgraphs/kit/service/subgraph';
import { subgraphModules } from '../../subgraphs';
import { copyDatabase, type TestDatabase } from './databases';
import type { TemplateKind } from './test-env';
import type { QueryLimits } from '../../platform/limits/query-limits';

// TEST_LOG_LEVEL=debug shows what the services log (masked errors included) while a test runs.
const quiet = createLogger(
  'test',
  (process.env.TEST_LOG_LEVEL as 'silent' | undefined) ?? 'silent',
);

/**
 * The secret every test subgraph requires and every test gateway sends. `graphql()` sends it too,
 * so tests that call a subgraph directly act as its gateway; tests of the refusal omit it.
 */
export const TEST_SUBGRAPH_SECRET = 'test-subgraph-secret-0123456789';

/** Counts the SQL statements a subgraph runs, so tests can hold requests to a bound. */
export class StatementCounter {
  statements: string[] = [];
  readonly record = (sql: string) => {
    this.statements.push(sql);
  };
  reset() {
    this.statements = [];
  }
  get count() {
    return this.statements.length;
  }
}

export async function startTestSubgraph<DB extends IngestTables, Context extends BaseContext>(
  module: SubgraphModule<DB, Context>,
  database: TestDatabase,
  counter?: StatementCounter,
  limits?: QueryLimits,
  /** Run the module's background work (webhook deliveries): off unless a test needs it. */
  background = false,
): Promise<RunningService> {
  return startSubgraph({
    module,
    database: database.open<DB>(module.schema, counter?.record),
    port: 0,
    logger: quiet,
    sharedSecret: TEST_SUBGRAPH_SECRET,
    limits,
    background,
  });
}

/** The real gateway, on a free port, sending each subgraph its part over HTTP. */
export async function startTestGateway(
  subgraphs: Record<string, RunningService>,
  env: NodeJS.ProcessEnv = {},
): Promise<RunningService> {
  const urls = Object.fromEntries(
    Object.entries(subgraphs).map(([name, service]) => [urlVariable(name), service.url]),
  );
  const config = readGatewayConfig((file) => readFileSync(file, 'utf8'), {
    GATEWAY_PORT: '0',
    SUBGRAPH_SHARED_SECRET: TEST_SUBGRAPH_SECRET,
    // Every suite's requests come from one address: fair use is tested on its own.
    RATE_LIMIT_POINTS_PER_HOUR: '0',
    ...urls,
    ...env,
  });
  return startGateway(config, quiet);
}

export interface TestGraph {
  gateway: RunningService;
  /** Every subgraph of the registry, by name. */
  subgraphs: Record<string, RunningService>;
  /** The SQL statements each subgraph ran, by subgraph name. */
  statements: Record<string, StatementCounter>;
  database: TestDatabase;
  /** A second gateway over the same subgraphs except `name`, which it cannot reach (stop it after). */
  gatewayWithDown(name: string): Promise<RunningService>;
  stop(): Promise<void>;
}

/**
 * The whole federation for a test suite: every subgraph in the registry and the real gateway,
 * on free ports, talking HTTP, against a private copy of a template database (`fixtures` unless
 * the suite asks for the real open data). A subgraph added to the registry is in every graph.
 */
export async function startTestGraph(
  options: {
    data?: TemplateKind;
    gatewayEnv?: NodeJS.ProcessEnv;
    subgraphLimits?: QueryLimits;
    /** How to start some subgraphs instead (another configuration, its background work on). */
    start?: Record<string, (database: TestDatabase) => Promise<RunningService>>;
  } = {},
): Promise<TestGraph> {
  const database = await copyDatabase(options.data ?? 'fixtures');
  const subgraphs: Record<string, RunningService> = {};
  const statements: Record<string, StatementCounter> = {};
  let gateway: RunningService | undefined;
  const stopAll = async () => {
    await gateway?.stop();
    for (const service of Object.values(subgraphs)) await service.stop();
    await database.drop();
  };
  try {
    for (const module of subgraphModules) {
      statements[module.name] = new StatementCounter();
      const start = options.start?.[module.name];
      subgraphs[module.name] = start
        ? await start(database)
        : await startTestSubgraph(
            module,
            database,
            statements[module.name],
            options.subgraphLimits,
          );
    }
    gateway = await startTestGateway(subgraphs, options.gatewayEnv);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    gateway,
    subgraphs,
    statements,
    database,
    // Port 9 (discard) has no listener here: the gateway's call fails at once, as for a crash.
    gatewayWithDown: (name) =>
      startTestGateway({
        ...subgraphs,
        [name]: { ...subgraphs[name], url: 'http://127.0.0.1:9/graphql' },
      }),
    stop: stopAll,
  };
}

// Tests read answers as JSON, whose shape each test knows: `any` by default, a type when given.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GraphQLResponse<Data = Record<string, any>> {
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function graphql<Data = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data> & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SHARED_SECRET_HEADER]: TEST_SUBGRAPH_SECRET,
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<Data>) };
}

/** The gateway and every registered subgraph of a graph, as `[name, url]`. */
export const endpointsOf = (graph: TestGraph): [string, string][] => [
  ['gateway', graph.gateway.url],
  ...subgraphModules.map((module): [string, string] => [
    module.name,
    graph.subgraphs[module.name].url,
  ]),
];
