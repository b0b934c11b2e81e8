import 'reflect-metadata';
import { readSubgraphConfig } from './config';
import { createDatabase } from '../../../platform/db/database';
import { createLogger } from '../../../platform/logger';
import { readQueryLimits } from '../../../platform/limits/query-limits';
import { onShutdown } from '../../../platform/shutdown';
import type { BaseContext } from '@apollo/server';
import type { IngestTables } from '../ingest/importer';
import type { SubgraphModule } from './module';
import { startSubgraph } from './subgraph';

/**
 * Starts one subgraph as its own process, configured from the environment (what each
 * docker-compose service runs). It does not migrate: run `npm run migrate` first.
 */
export async function runSubgraphMain<DB extends IngestTables, Context extends BaseContext>(
  module: SubgraphModule<DB, Context>,
): Promise<void> {
  const logger = createLogger(module.name);
  try {
    const config = readSubgraphConfig(module.name, module.defaultPort);
    logger.level = config.logLevel;
    const database = createDatabase<DB>({
      url: config.databaseUrl,
      schema: module.schema,
      applicationName: `${config.name}-subgraph`,
      poolMax: config.poolMax,
      statementTimeoutMs: config.statementTimeoutMs,
      lockTimeoutMs: config.lockTimeoutMs,
      connectTimeoutMs: config.connectTimeoutMs,
      poolQueueMax: config.poolQueueMax,
      logger,
    });
    const service = await startSubgraph({
      module,
      database,
      port: config.port,
      host: config.host,
      drainGraceMs: config.shutdownGraceMs,
      logger,
      sharedSecret: config.sharedSecret,
      limits: readQueryLimits(),
      pushDataVersion: config.pushDataVersion,
    });
    // Stop accepting, let requests in flight finish (up to the grace), then close the pool.
    onShutdown(logger, [service.stop, database.destroy], {
      timeoutMs: config.shutdownGraceMs + 5_000,
    });
  } catch (error) {
    logger.fatal({ err: error }, `${module.name} failed to start`);
    process.exitCode = 1;
  }
}
