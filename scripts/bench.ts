import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Agent, request } from 'undici';
import { subgraphModules } from '../subgraphs';
import { createDatabase } from '../platform/db/database';
import type { IngestTables } from '../subgraphs/kit/ingest/importer';
import { createLogger } from '../platform/logger';
import { today } from '../platform/calendar';
import { startSubgraph } from '../subgraphs/kit/service/subgraph';
import { urlVariable } from '../gateway/config';
import { prepareDatabase, provisionDatabase } from './lib/database';
import { assetsScenarios } from './lib/bench/assets-scenarios';
import { benchScenarios, compareScenarios, type BenchScenario } from './lib/bench/scenarios';
import { ensureHiveGateway, startHiveGateway, type HiveInstall } from './lib/bench/hive';
import { freePort } from './lib/processes';
import { startInProcessGateway } from './lib/bench/in-process-gateway';
import {
  latency,
  loadAverage,
  rssMiB,
  startGatewayProcess,
  throughput,
  throughputOf,
  WARM_UP,
  type ChildService,
  type Latency,
} from './lib/bench/measure';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const CONNECTIONS = 10;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const HIVE_INSTALL_TIMEOUT_MS = 300_000;

/**
 * The assets scenarios need a big register: they run with `--assets`, or by themselves when the
 * database holds synthetic assets (`npm run synth`).
 */
const wantAssets = process.argv.includes('--assets');
/** `--peers`: Hive Gateway on the same subgraphs and supergraph, beside ours. */
const wantPeers = process.argv.includes('--peers');
/** `--in-process`: a reference with no HTTP between gateway and subgraphs (what the hops cost). */
const wantInProcess = process.argv.includes('--in-process');

interface Peer {
  name: string;
  start(): Promise<ChildService>;
}

interface Row {
  gateway: string;
  latency: Latency;
  identical: number;
  varying: number;
  failures: number;
  statements: number;
  sameAnswer: string;
}

const ms = (value: number) => value.toFixed(2);
const times = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const body = (scenario: BenchScenario, variables: Record<string, unknown>) =>
  JSON.stringify({ query: scenario.query, variables });

// The latency client: undici's own request over one keep-alive agent, so the client's share of
// each measurement is as small as Node allows (the WHATWG fetch layer costs a few tenths of a ms
// per request, in the process the subgraphs run in).
const client = new Agent({ keepAliveTimeout: 10_000 });

async function post(url: string, payload: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await request(url, {
    dispatcher: client,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: payload,
  });
  return (await response.body.json()) as { data?: unknown; errors?: unknown[] };
}

/**
 * Latency and throughput of representative queries through our gateway (its own process, as in
 * `npm start`) and, with `--peers`, through Hive Gateway on the same subgraphs, side by side with
 * the same answer from one hand-written SQL query, in one run. The subgraphs run in this process
 * (so their SQL statements can be counted). Prints figures; it asserts nothing.
 */
async function main() {
  const logger = createLogger('bench', 'warn');
  const database = await provisionDatabase(logger);
  const started: { stop(): Promise<void> }[] = [];
  try {
    await prepareDatabase(database.url, logger);
    let statements = 0;
    const databases = subgraphModules.map((module) =>
      createDatabase<IngestTables>({
        url: database.url,
        schema: module.schema,
        applicationName: 'bench',
        onQuery: () => (statements += 1),
      }),
    );
    // The same rule as `npm start`: the subgraphs answer only their gateway, by a fresh secret.
    const sharedSecret = randomBytes(24).toString('base64url');
    const subgraphs = await Promise.all(
      subgraphModules.map((module, index) =>
        startSubgraph({ module, database: databases[index], port: 0, logger, sharedSecret }),
      ),
    );
    started.push(...subgraphs);
    const subgraphUrls = Object.fromEntries(
      subgraphModules.map((module, index) => [module.name, subgraphs[index].url]),
    );
    const db = databases[0].db;

    const synthetic = subgraphModules.find((module) => module.synthetic)?.synthetic;
    const assets = synthetic ? await assetsScenarios(db, today(), synthetic.sourceId) : [];
    if (wantAssets && assets.length === 0)
      throw new Error(
        '--assets: the database holds no synthetic assets; run `npm run synth -- --assets 1000000 --database-url URL` first and bench with DATABASE_URL=URL',
      );
    const scenarios: BenchScenario[] = [
      ...(await benchScenarios(db)),
      ...compareScenarios(),
      ...assets.map((scenario, index) => ({
        label: `assets ${index + 1}`,
        name: scenario.name,
        query: scenario.query,
        variables: [{}],
        sql: () => scenario.sql,
      })),
    ];

    const ourGateway = (env: NodeJS.ProcessEnv) => async () =>
      startGatewayProcess(
        {
          SUBGRAPH_SHARED_SECRET: sharedSecret,
          ...Object.fromEntries(
            Object.entries(subgraphUrls).map(([name, url]) => [urlVariable(name), url]),
          ),
          ...env,
        },
        await freePort(),
      );
    // Uncached first (what a query costs), then with the response cache (what a repeat costs):
    // Q1-Q3 cycle through 50 variable sets, so the cached run serves them from the cache too.
    const peers: Peer[] = [
      {
        name: 'ours (@apollo/gateway), no response cache',
        start: ourGateway({ RESPONSE_CACHE_ENTRIES: '0' }),
      },
      { name: 'ours (@apollo/gateway), response cache', start: ourGateway({}) },
    ];
    if (wantInProcess)
      peers.push({
        name: 'reference: subgraphs in the gateway process, no cache',
        start: () => startInProcessGateway(subgraphModules, databases, logger),
      });
    if (wantPeers) {
      const install = await ensureHiveGateway(HIVE_INSTALL_TIMEOUT_MS);
      if (typeof install === 'string') console.log(`--peers: Hive Gateway skipped: ${install}`);
      else peers.push(...hivePeers(install, subgraphUrls, sharedSecret));
    }

    console.log(
      `bench: ${scenarios.length} scenarios; latency ${RUNS} sequential runs after ${WARM_UP} warm-up;` +
        ` throughput ${CONNECTIONS} connections x ${LOAD_SECONDS} s (autocannon in its own process);` +
        ` load average at start ${await loadAverage()}`,
    );

    // SQL first: the floor every gateway is compared with.
    const sqlFigures = new Map<BenchScenario, { latency: Latency; rps: number; rows: number }>();
    for (const scenario of scenarios) {
      const run = (i: number) =>
        scenario
          .sql(scenario.variables[scenario.repeat ? 0 : i % scenario.variables.length])
          .execute(db);
      const rows = (await run(0)).rows.length;
      sqlFigures.set(scenario, {
        latency: await latency(RUNS, run),
        rps: (await throughputOf(run, CONNECTIONS, LOAD_SECONDS)).requestsPerSecond,
        rows,
      });
    }

    const rows = new Map<BenchScenario, Row[]>(scenarios.map((s) => [s, []]));
    const reference = new Map<BenchScenario, unknown>();
    const memory: { gateway: string; before?: number; after?: number; subgraphsAfter?: number }[] =
      [];
    const subgraphsBefore = process.memoryUsage().rss / 2 ** 20;
    for (const peer of peers) {
      const gateway = await peer.start();
      started.push(gateway);
      const before = rssMiB(gateway.pid);
      for (const scenario of scenarios) {
        const bodies = scenario.variables.map((variables) => body(scenario, variables));
        // Requests of the last load run may still be finishing: count only once they have.
        for (let last = -1; last !== statements; ) {
          last = statements;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        statements = 0;
        const answer = await post(gateway.url, bodies[0]);
        const perRequest = statements;
        if (!reference.has(scenario)) reference.set(scenario, answer);
        const sameAnswer = answer.errors
          ? `ERRORS: ${JSON.stringify(answer.errors).slice(0, 200)}`
          : isDeepStrictEqual(answer.data, (reference.get(scenario) as { data?: unknown }).data)
            ? 'same'
            : 'DIFFERENT';
        const times_ = await latency(RUNS, (i) =>
          post(gateway.url, bodies[scenario.repeat ? 0 : i % bodies.length]),
        );
        const identical = await throughput(gateway.url, [bodies[0]], CONNECTIONS, LOAD_SECONDS);
        const varying = scenario.repeat
          ? identical
          : await throughput(gateway.url, bodies, CONNECTIONS, LOAD_SECONDS);
        rows.get(scenario)!.push({
          gateway: peer.name,
          latency: times_,
          identical: identical.requestsPerSecond,
          varying: varying.requestsPerSecond,
          failures: identical.failures + (scenario.repeat ? 0 : varying.failures),
          statements: perRequest,
          sameAnswer,
        });
      }
      memory.push({
        gateway: peer.name,
        before,
        after: rssMiB(gateway.pid),
        subgraphsAfter: process.memoryUsage().rss / 2 ** 20,
      });
      await gateway.stop();
      started.pop();
    }

    for (const scenario of scenarios) {
      const floor = sqlFigures.get(scenario)!;
      const ours = rows.get(scenario)![0];
      console.log(`\n${scenario.label}: ${scenario.name}`);
      console.log(
        `  one SQL query: p50 ${ms(floor.latency.p50)} ms, p95 ${ms(floor.latency.p95)} ms, ` +
          `${floor.rps.toFixed(0)} req/s at ${CONNECTIONS} connections (${floor.rows} rows)`,
      );
      console.table(
        rows.get(scenario)!.map((row) => ({
          gateway: row.gateway,
          'p50 ms': ms(row.latency.p50),
          'p95 ms': ms(row.latency.p95),
          'p50 / SQL': times(row.latency.p50, floor.latency.p50),
          'req/s identical': row.identical.toFixed(0),
          'req/s varying': row.varying.toFixed(0),
          'ours / this (varying)': times(ours.varying, row.varying),
          'of SQL req/s': `${((100 * row.varying) / floor.rps).toFixed(0)}%`,
          'failed requests': row.failures,
          'SQL statements / request': row.statements,
          'answer vs ours': row.sameAnswer,
        })),
      );
    }
    console.log('\nmemory (RSS, MiB): each gateway process before its runs and after;');
    console.log(
      `  the subgraphs (all four, in the bench process) were ${subgraphsBefore.toFixed(0)} MiB before any gateway ran`,
    );
    console.table(
      memory.map((m) => ({
        gateway: m.gateway,
        'gateway before': m.before?.toFixed(0),
        'gateway after': m.after?.toFixed(0),
        'subgraphs after': m.subgraphsAfter?.toFixed(0),
      })),
    );
    console.log(`load average at end ${await loadAverage()}`);

    for (const subgraph of subgraphs) await subgraph.stop();
    started.length = 0;
    for (const database_ of databases) await database_.destroy();
  } finally {
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
    await database.stop?.();
  }
}

/** Hive with its defaults and with deduplication off; with its Rust planner when it installed. */
function hivePeers(
  install: HiveInstall,
  subgraphUrls: Record<string, string>,
  sharedSecret: string,
): Peer[] {
  const planners = install.rustPlanner ? [false, true] : [false];
  return planners.flatMap((rustPlanner) =>
    [true, false].map((deduplication) => ({
      name: `Hive${rustPlanner ? ' + Rust planner' : ''}, ${deduplication ? 'defaults (dedup on)' : 'dedup off'}`,
      start: () =>
        startHiveGateway({ install, subgraphUrls, sharedSecret, deduplication, rustPlanner }),
    })),
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  // Keep-alive sockets (autocannon's, fetch's) can hold the process open once the table is out.
  .finally(() => setTimeout(() => process.exit(), 500).unref());
