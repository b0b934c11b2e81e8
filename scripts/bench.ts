import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { readGatewayConfig, urlVariable } from '../gateway/config';
import { startGateway } from '../gateway/gateway';
import { councilsModule } from '../subgraphs/councils/module';
import type { CouncilsDatabase } from '../subgraphs/councils/src/database';
import { createDatabase } from '../subgraphs/kit/db';
import { createLogger } from '../subgraphs/kit/logger';
import { startSubgraph } from '../subgraphs/kit/subgraph';
import { prepareDatabase, provisionDatabase } from './lib/database';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UP = 20;

const QUERY = `{ councils(first: 100, filter: { nation: ENGLAND }) {
  nodes { id name strategicAuthority { name } deprivation(edition: IMD_2025) { rankOfAverageScore } } } }`;

async function time(runs: number, work: () => Promise<unknown>) {
  for (let i = 0; i < WARM_UP; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(2);
  return { p50: at(0.5), p95: at(0.95), max: samples[samples.length - 1].toFixed(2) };
}

/**
 * Latency of one representative query through the gateway (HTTP to the gateway, HTTP to the
 * subgraph, DataLoader batches), side by side with the same answer from one hand-written SQL
 * query, in one run. Prints figures; it asserts nothing.
 */
async function main() {
  const logger = createLogger('bench', 'warn');
  const database = await provisionDatabase(logger);
  try {
    await prepareDatabase(database.url, logger);
    let statements = 0;
    const councils = createDatabase<CouncilsDatabase>({
      url: database.url,
      schema: 'councils',
      applicationName: 'bench',
      onQuery: () => (statements += 1),
    });
    const subgraph = await startSubgraph({
      module: councilsModule,
      database: councils,
      port: 0,
      logger,
    });
    const config = readGatewayConfig((file) => readFileSync(file, 'utf8'), {
      GATEWAY_PORT: '0',
      [urlVariable('councils')]: subgraph.url,
    });
    const gateway = await startGateway(config, logger);

    const viaGateway = () =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
      }).then((r) => r.json());
    const viaSql = () =>
      sql`select c.id, c.name, sa.name as authority, d.rank_of_average_score
          from councils.council c
          left join councils.strategic_authority sa on sa.id = c.strategic_authority_code
          left join councils.deprivation d on d.council_id = c.id and d.edition = 'IMD_2025'
          where c.nation = 'England' order by c.name, c.id limit 100`.execute(councils.db);

    statements = 0;
    await viaGateway();
    const perRequest = statements;
    const gatewayTimes = await time(RUNS, viaGateway);
    const sqlTimes = await time(RUNS, viaSql);
    console.log(
      `query: 100 English councils with strategic authority and IMD 2025 rank; ${RUNS} runs after ${WARM_UP} warm-up`,
    );
    console.table({ 'gateway (ms)': gatewayTimes, 'one SQL query (ms)': sqlTimes });
    console.log(`SQL statements per gateway request: ${perRequest}`);

    await gateway.stop();
    await subgraph.stop();
    await councils.destroy();
  } finally {
    await database.stop?.();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
