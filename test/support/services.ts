/* eslint-disable @typescript-eslint/no-explicit-any -- generic defaults for heterogeneous modules and JSON responses */
import { readFileSync } from 'node:fs';
import { readGatewayConfig, urlVariable } from '../../gateway/config';
import { startGateway } from '../../gateway/gateway';
import type { RunningService } from '../../subgraphs/kit/http-service';
import { createLogger } from '../../subgraphs/kit/logger';
import { startSubgraph, type SubgraphModule } from '../../subgraphs/kit/subgraph';
import type { TestDatabase } from './databases';

const quiet = createLogger('test', 'silent');

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

export async function startTestSubgraph(
  module: SubgraphModule,
  database: TestDatabase,
  counter?: StatementCounter,
): Promise<RunningService> {
  return startSubgraph({
    module,
    database: database.open(module.schema, counter?.record),
    port: 0,
    logger: quiet,
    sharedSecret: undefined,
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
    ...urls,
    ...env,
  });
  return startGateway(config, quiet);
}

export interface GraphQLResponse<Data = Record<string, any>> {
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function graphql<Data = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data> & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<Data>) };
}
