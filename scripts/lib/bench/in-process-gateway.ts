import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { readFileSync } from 'node:fs';
import type { Database } from '../../../platform/db/database';
import { readDataVersion } from '../../../platform/data-version/watch';
import { startService } from '../../../platform/http/service';
import { LIST_SIZING } from '../../../schema/list-sizes';
import type { Logger } from '../../../platform/logger';
import type { IngestTables } from '../../../subgraphs/kit/ingest/importer';
import type { RegisteredSubgraph } from '../../../subgraphs/kit/service/module';
import { supergraphPath } from '../supergraph';
import type { ChildService } from './measure';

type Context = Record<string, unknown>;

/**
 * A subgraph's schema executed where the gateway runs, with the subgraph's own per-request
 * context (its DataLoaders), made once per gateway request.
 */
class InProcessSubgraph extends LocalGraphQLDataSource<Context> {
  private readonly contexts = new WeakMap<object, Context>();

  constructor(
    schema: ConstructorParameters<typeof LocalGraphQLDataSource>[0],
    private readonly createContext: () => Context,
  ) {
    super(schema);
  }

  override process(options: GraphQLDataSourceProcessOptions<Context>) {
    let context = this.contexts.get(options.context);
    if (!context) this.contexts.set(options.context, (context = this.createContext()));
    return super.process({ ...options, context });
  }
}

/**
 * A reference for `npm run bench -- --in-process`, never a deployment: the committed supergraph
 * on @apollo/gateway with every subgraph executed in the gateway's process, so no HTTP between
 * them. What it saves against our gateway is what the hops cost; what it does not save is the
 * execution itself.
 */
export async function startInProcessGateway(
  modules: readonly RegisteredSubgraph[],
  databases: readonly Database<IngestTables>[],
  logger: Logger,
): Promise<ChildService> {
  const services = new Map<string, InProcessSubgraph>();
  for (const [index, module] of modules.entries()) {
    const { schema } = await module.buildSchema();
    const { db, pool } = databases[index];
    // Nothing loads while the bench runs: one reading of the version serves every request.
    const version = await readDataVersion(pool, module.schema);
    const scope = { dataVersion: async () => version, apiKeyId: null };
    services.set(module.name, new InProcessSubgraph(schema, () => module.createContext(db, scope)));
  }
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath(), 'utf8'),
    buildService: ({ name }) => services.get(name)!,
  });
  const service = await startService({
    name: 'in-process gateway',
    port: 0,
    logger,
    graphql: { gateway },
    listSizing: LIST_SIZING,
    context: async () => ({}),
    readiness: async () => undefined,
  });
  // No process of its own: its memory is the bench's, which the table reports as the subgraphs'.
  return { url: service.url, stop: service.stop };
}
