import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { readGatewayConfig, urlVariable } from '../gateway/config';
import { startGateway } from '../gateway/gateway';
import { subgraphModules } from '../subgraphs';
import { createDatabase } from '../subgraphs/kit/db';
import { createLogger } from '../subgraphs/kit/logger';
import { todayInUk } from '../subgraphs/kit/today';
import { startSubgraph } from '../subgraphs/kit/subgraph';
import { prepareDatabase, provisionDatabase } from './lib/database';
import { assetsScenarios, type Scenario } from './lib/synth/bench-scenarios';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UP = 20;

const SCENARIOS: Scenario[] = [
  {
    name: '100 English councils with strategic authority and IMD 2025 rank',
    query: `{ councils(first: 100, filter: { nation: ENGLAND }) {
      nodes { id name strategicAuthority { name } deprivation(edition: IMD_2025) { rankOfAverageScore } } } }`,
    sql: sql`select c.id, c.name, sa.name as authority, d.rank_of_average_score
      from councils.council c
      left join councils.strategic_authority sa on sa.id = c.strategic_authority_code
      left join councils.deprivation d on d.council_id = c.id and d.edition = 'IMD_2025'
      where c.nation = 'England' order by c.name, c.id limit 100`,
  },
  {
    name: '100 current councils with their Neighbourhood Boards (across two subgraphs)',
    query: `{ councils(first: 100, filter: { active: true }) {
      nodes { id name neighbourhoodBoards { totalCount nodes { id placeName phase status } } } } }`,
    sql: sql`select c.id, c.name, b.id as board_id, b.place_name, b.phase, b.status
      from (select id, name from councils.council where active order by name, id limit 100) c
      left join neighbourhood_boards.board_current b on b.council_id = c.id
      order by c.name, c.id, b.place_name, b.id`,
  },
];

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

const ratio = (a: string, b: string) => (Number(a) / Number(b)).toFixed(1);

/**
 * The assets scenarios need a big register: they run with `--assets`, or by themselves when the
 * database holds synthetic assets (`npm run synth`).
 */
const wantAssets = process.argv.includes('--assets');

async function scenarios(db: Kysely<unknown>): Promise<Scenario[]> {
  const assets = await assetsScenarios(db, todayInUk());
  if (wantAssets && assets.length === 0)
    throw new Error(
      '--assets: the database holds no synthetic assets; run `npm run synth -- --assets 1000000 --database-url URL` first and bench with DATABASE_URL=URL',
    );
  return [...SCENARIOS, ...assets];
}

/**
 * Latency of representative queries through the gateway (HTTP to the gateway, HTTP to the
 * subgraph, DataLoader batches), side by side with the same answer from one hand-written SQL
 * query, in one run. Prints figures; it asserts nothing.
 */
async function main() {
  const logger = createLogger('bench', 'warn');
  const database = await provisionDatabase(logger);
  try {
    await prepareDatabase(database.url, logger);
    let statements = 0;
    const databases = subgraphModules.map((module) =>
      createDatabase({
        url: database.url,
        schema: module.schema,
        applicationName: 'bench',
        onQuery: () => (statements += 1),
      }),
    );
    // The same rule as `npm start`: the subgraphs answer only this gateway, by a fresh secret.
    const sharedSecret = randomBytes(24).toString('base64url');
    const subgraphs = await Promise.all(
      subgraphModules.map((module, index) =>
        startSubgraph({ module, database: databases[index], port: 0, logger, sharedSecret }),
      ),
    );
    const config = readGatewayConfig((file) => readFileSync(file, 'utf8'), {
      GATEWAY_PORT: '0',
      SUBGRAPH_SHARED_SECRET: sharedSecret,
      ...Object.fromEntries(
        subgraphModules.map((module, index) => [urlVariable(module.name), subgraphs[index].url]),
      ),
    });
    const gateway = await startGateway(config, logger);

    for (const scenario of await scenarios(databases[0].db)) {
      const viaGateway = () =>
        fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: scenario.query }),
        }).then((r) => r.json());
      const viaSql = () => scenario.sql.execute(databases[0].db);

      statements = 0;
      const answer = await viaGateway();
      const perRequest = statements;
      const comparison = scenario.compare?.(answer, (await viaSql()).rows);
      const gatewayTimes = await time(RUNS, viaGateway);
      const sqlTimes = await time(RUNS, viaSql);
      console.log(`\nquery: ${scenario.name}; ${RUNS} runs after ${WARM_UP} warm-up`);
      console.table({ 'gateway (ms)': gatewayTimes, 'one SQL query (ms)': sqlTimes });
      console.log(
        `gateway / SQL: p50 ${ratio(gatewayTimes.p50, sqlTimes.p50)}x, p95 ${ratio(gatewayTimes.p95, sqlTimes.p95)}x`,
      );
      console.log(`SQL statements per gateway request (all subgraphs): ${perRequest}`);
      if (comparison) console.log(comparison);
    }

    await gateway.stop();
    for (const subgraph of subgraphs) await subgraph.stop();
    for (const db of databases) await db.destroy();
  } finally {
    await database.stop?.();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
