import { readFileSync } from 'node:fs';
import { readGatewayConfig, urlVariable } from '../gateway/config';
import { startGateway } from '../gateway/gateway';
import { readSubgraphConfig } from '../subgraphs/kit/config';
import { openSubgraphDatabase } from '../subgraphs/kit/db';
import type { RunningService } from '../subgraphs/kit/http-service';
import { createLogger } from '../subgraphs/kit/logger';
import { onShutdown } from '../subgraphs/kit/shutdown';
import { startSubgraph } from '../subgraphs/kit/subgraph';
import { subgraphModules } from '../subgraphs';
import { prepareDatabase, provisionDatabase } from './lib/database';
import { describeStartFailure } from './lib/start-failure';

const EXAMPLE_QUERY = `{
  council(code: "SHF") {
    name officialName kind region population { count year }
    strategicAuthority { name members { name } }
    deprivation { edition rankOfAverageScore decile }
    neighbourhoodBoards { nodes { placeName phase status fundingCap { total { amount } periodYears } } }
  }
  neighbourhoodBoards(filter: { phase: [EXPANSION] }, first: 5) {
    totalCount
    nodes { placeName council { name } trust { placeName council } }
  }
}`;

/**
 * Everything in one process for a local run: PostgreSQL (embedded unless DATABASE_URL is set),
 * migrations, the first data load, every subgraph and the gateway. Ctrl-C stops all of it.
 */
async function main() {
  const started = performance.now();
  const logger = createLogger('start');
  const stops: (() => Promise<void>)[] = [];
  onShutdown(logger, [
    async () => {
      for (const stop of stops.reverse()) await stop();
    },
  ]);

  try {
    const database = await provisionDatabase(logger);
    if (database.stop) stops.push(database.stop);
    await prepareDatabase(database.url, logger);

    const urls: Record<string, string> = {};
    for (const module of subgraphModules) {
      const config = readSubgraphConfig(module.name, module.defaultPort);
      const subgraphDatabase = openSubgraphDatabase(config, module.schema, logger);
      stops.push(subgraphDatabase.destroy);
      const service: RunningService = await startSubgraph({
        module,
        database: subgraphDatabase,
        port: config.port,
        logger: logger.child({ service: module.name }),
        sharedSecret: config.sharedSecret,
      });
      stops.push(service.stop);
      urls[urlVariable(module.name)] = service.url;
    }

    const gatewayConfig = readGatewayConfig((file) => readFileSync(file, 'utf8'), {
      ...process.env,
      ...urls,
    });
    const gateway = await startGateway(gatewayConfig, logger.child({ service: 'gateway' }));
    stops.push(gateway.stop);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `\nCommunity power graph is up in ${seconds}s.\n\n  GraphQL endpoint: ${gateway.url}\n`,
    );
    console.log(
      `Try:\n\ncurl -s ${gateway.url} -H 'content-type: application/json' \\\n  --data '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'\n`,
    );
    console.log(
      `or open ${gateway.url} in a browser and paste:\n\n${EXAMPLE_QUERY}\n\nCtrl-C stops everything.`,
    );
  } catch (error) {
    logger.debug({ err: error }, 'start failed');
    console.error(`\nnpm start failed: ${describeStartFailure(error)}\n`);
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
