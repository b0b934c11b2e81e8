import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readGatewayConfig, urlVariable } from '../gateway/config';
import { readSubgraphConfig } from '../subgraphs/kit/service/config';
import { localUrl } from '../platform/http/local-url';
import { createLogger } from '../platform/logger';
import { onShutdown } from '../platform/shutdown';
import { subgraphModules } from '../subgraphs';
import { prepareDatabase, provisionDatabase } from './lib/database';
import { describeStartFailure } from './lib/start-failure';
import { Supervisor } from './lib/supervisor';

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

/** Where a service started by this script is reached from here (a wildcard bind over loopback). */
/**
 * A local run: PostgreSQL (embedded unless DATABASE_URL is set), migrations, the first data load,
 * then every subgraph and the gateway, each in its own supervised process (`Supervisor`). The
 * subgraphs answer only the gateway, by SUBGRAPH_SHARED_SECRET, or a secret drawn for this run.
 * Ctrl-C, SIGTERM, a crash loop or a failed start stop all of it, postgres included.
 */
async function main() {
  const started = performance.now();
  const logger = createLogger('start');
  let stopPostgres: (() => Promise<void>) | undefined;
  let exiting = false;
  const supervisor = new Supervisor(logger, (name) => {
    console.error(`\n${name} keeps crashing: stopping everything.\n`);
    void stopEverything(1);
  });
  async function stopEverything(code: number) {
    if (exiting) return;
    exiting = true;
    try {
      await supervisor.stopAll();
    } catch (error) {
      logger.error({ err: error }, 'stopping the services failed');
    }
    try {
      await stopPostgres?.();
    } catch (error) {
      logger.error({ err: error }, 'stopping PostgreSQL failed');
    }
    process.exit(code);
  }
  onShutdown(logger, [() => stopEverything(0)], { timeoutMs: 60_000 });
  // A bug in this script must not leave postgres running behind it.
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'start script failed');
    void stopEverything(1);
  });

  try {
    const database = await provisionDatabase(logger);
    stopPostgres = database.stop;
    await prepareDatabase(database.url, logger);

    const secret = process.env.SUBGRAPH_SHARED_SECRET ?? randomBytes(32).toString('base64url');
    const env = { ...process.env, DATABASE_URL: database.url, SUBGRAPH_SHARED_SECRET: secret };
    const dist = path.join(__dirname, '..');

    const urls: Record<string, string> = {};
    await Promise.all(
      subgraphModules.map(async (module) => {
        const config = readSubgraphConfig(module.name, module.defaultPort, env);
        urls[urlVariable(module.name)] = localUrl(config.host, config.port, '/graphql');
        await supervisor.start({
          name: module.name,
          script: path.join(dist, 'subgraphs', module.name, 'main.js'),
          env,
          healthUrl: localUrl(config.host, config.port, '/healthz'),
        });
      }),
    );

    const gatewayEnv = { ...env, ...urls };
    const gatewayConfig = readGatewayConfig((file) => readFileSync(file, 'utf8'), gatewayEnv);
    await supervisor.start({
      name: 'gateway',
      script: path.join(dist, 'gateway', 'main.js'),
      env: gatewayEnv,
      healthUrl: localUrl(gatewayConfig.host, gatewayConfig.port, '/healthz'),
    });
    const gatewayUrl = localUrl(gatewayConfig.host, gatewayConfig.port, '/graphql');

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `\nCommunity power graph is up in ${seconds}s.\n\n  GraphQL endpoint: ${gatewayUrl}\n`,
    );
    console.log(
      `Try:\n\ncurl -s ${gatewayUrl} -H 'content-type: application/json' \\\n  --data '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'\n`,
    );
    console.log(
      `or open ${gatewayUrl} in a browser and paste:\n\n${EXAMPLE_QUERY}\n\nCtrl-C stops everything.`,
    );
    // The soak script and tests read this line to find the processes it supervises.
    logger.info({ pids: supervisor.pids() }, 'services up');
  } catch (error) {
    logger.debug({ err: error }, 'start failed');
    console.error(`\nnpm start failed: ${describeStartFailure(error)}\n`);
    await stopEverything(1);
  }
}

void main();
