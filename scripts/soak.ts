import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { isAlive } from './lib/processes';
import { answers, spawnService, waitUntil, type ServiceProcess } from './lib/spawn-service';
import { rssMiB } from './lib/bench/measure';

/**
 * Load, soak and fault cases against `npm start`'s supervised processes, on loopback only and
 * bounded in time and count. Needs DATABASE_URL (a server where it may create and drop a
 * database) and a build (`npm run soak` builds). Prints one table; asserts nothing.
 */
const BASE_PORT = Number(process.env.SOAK_BASE_PORT ?? 4100);
const DISTINCT = Number(process.env.SOAK_DISTINCT_QUERIES ?? 12_000);

const rows: { case: string; result: string }[] = [];
const row = (name: string, result: string) => {
  rows.push({ case: name, result });
  console.log(`  ${name}: ${result}`);
};

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** The supervised services by name, from the start script's children's command lines. */
function childPids(parent: number): Record<string, number> {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(parent)], {
    encoding: 'utf8',
  });
  const pids: Record<string, number> = {};
  for (const line of out.split('\n')) {
    const match = line.trim().match(/^(\d+) .*dist\/(?:subgraphs\/([^/]+)|(gateway))\/main\.js/);
    if (match) pids[match[2] ?? match[3]] = Number(match[1]);
  }
  return pids;
}

async function post(url: string, query: string, timeoutMs = 15_000) {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, body, ms: performance.now() - started };
  } catch {
    return { status: 0, body: {}, ms: performance.now() - started };
  }
}

const waitFor = (check: () => Promise<boolean>, timeoutMs: number) =>
  waitUntil(check, timeoutMs, 100);

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl)
    throw new Error('Set DATABASE_URL to a server where the soak may create a database');
  const name = `soak_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  const ports = { GATEWAY_PORT: BASE_PORT, COUNCILS_PORT: BASE_PORT + 1 };
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    LOG_LEVEL: 'warn',
    // The soak measures what each request costs and how faults show: with the response cache
    // on, the repeated heavy and locked queries would be answered from memory.
    RESPONSE_CACHE_ENTRIES: '0',
    // One address sends the whole soak: the limits would refuse it within minutes.
    RATE_LIMIT_POINTS_PER_HOUR: '0',
    GATEWAY_PORT: String(BASE_PORT),
    COUNCILS_PORT: String(BASE_PORT + 1),
    NEIGHBOURHOOD_BOARDS_PORT: String(BASE_PORT + 2),
    ASSETS_PORT: String(BASE_PORT + 3),
    FUNDING_PORT: String(BASE_PORT + 4),
  };
  const gateway = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
  const readyz = gateway.replace(/\/graphql$/, '/readyz');
  let start: ServiceProcess | undefined;
  try {
    const launched = Date.now();
    start = await spawnService({
      name: 'npm start',
      script: path.join(__dirname, 'start.js'),
      env,
      output: 'quiet',
      stopGraceMs: 60_000,
      ready: () => answers(readyz),
      startTimeoutMs: 15 * 60_000,
    });
    row(
      'start (migrate + first load + 5 processes)',
      `${((Date.now() - launched) / 1000).toFixed(1)} s`,
    );
    const pids = childPids(start.pid);

    // 1. Distinct queries: each one a new document, plan and APQ key for the gateway.
    const cheap = '{ council(code: "SHF") { name } }';
    for (let i = 0; i < 200; i += 1) await post(gateway, cheap);
    const before = Math.round(rssMiB(pids.gateway) ?? NaN);
    const distinctStarted = Date.now();
    let next = 0;
    let failures = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < DISTINCT && Date.now() - distinctStarted < 10 * 60_000) {
          const i = (next += 1);
          const { status } = await post(gateway, `{ q${i}: council(code: "SHF") { name } }`);
          if (status !== 200) failures += 1;
        }
      }),
    );
    const after = Math.round(rssMiB(pids.gateway) ?? NaN);
    await sleep(5_000);
    row(
      `gateway RSS over ${next} distinct queries`,
      `${before} MiB before, ${after} MiB after, ${Math.round(rssMiB(pids.gateway) ?? NaN)} MiB 5 s idle; ${failures} non-200`,
    );

    // 2. A cheap query's p50 while ten clients send an expensive accepted query.
    // Accepted (cost about 10,000 of 50,000) and answered in full: three subgraphs, four levels.
    const heavy =
      '{ councils(first: 100) { nodes { name neighbourhoodBoards { nodes { placeName council { name } } } strategicAuthority { name members { name } } assets { totalCount nodes { name } } } } }';
    let loading = true;
    let heavyDone = 0;
    let heavyRefused = 0;
    const heavyClients = Array.from({ length: 10 }, async () => {
      while (loading) {
        const { status, body } = await post(gateway, heavy, 30_000);
        if (status === 200 && !body.errors) heavyDone += 1;
        else heavyRefused += 1;
      }
    });
    await sleep(1_000);
    const cheapMs: number[] = [];
    const cheapUntil = Date.now() + 15_000;
    while (Date.now() < cheapUntil) cheapMs.push((await post(gateway, cheap)).ms);
    loading = false;
    await Promise.all(heavyClients);
    row(
      'cheap query under 10 heavy clients (15 s)',
      `p50 ${percentile(cheapMs, 0.5).toFixed(0)} ms, p95 ${percentile(cheapMs, 0.95).toFixed(0)} ms, ${cheapMs.length} cheap, ${heavyDone} heavy answered in full, ${heavyRefused} heavy refused or failed`,
    );

    // 3. Kill the councils subgraph under load: the others stay up, the supervisor restarts it.
    const killed = pids.councils;
    let serving = true;
    const statuses: number[] = [];
    const load = (async () => {
      while (serving)
        statuses.push(
          (await post(gateway, '{ neighbourhoodBoards(first: 2) { totalCount } }')).status,
        );
    })();
    await sleep(500);
    process.kill(killed, 'SIGKILL');
    const killedAt = Date.now();
    const back = await waitFor(async () => {
      const response = await post(gateway, cheap, 2_000);
      return response.status === 200 && !response.body.errors;
    }, 60_000);
    serving = false;
    await load;
    const restarted = childPids(start.pid).councils;
    const othersAlive = Object.entries(pids)
      .filter(([service]) => service !== 'councils')
      .every(([, pid]) => isAlive(pid));
    row(
      'councils killed (SIGKILL) under load',
      `councils answering again after ${back === null ? 'never (60 s)' : `${((Date.now() - killedAt) / 1000).toFixed(1)} s`}; new pid ${restarted !== killed}; other processes alive: ${othersAlive}; boards queries meanwhile ${statuses.filter((s) => s === 200).length}/${statuses.length} 200`,
    );

    // 4. Database unreachable, then back: readyz false, then true by itself.
    await admin.query(`alter database ${name} allow_connections false`);
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [
      name,
    ]);
    const notReady = await waitFor(
      async () => (await fetch(readyz).catch(() => null))?.status === 503,
      30_000,
    );
    const down = await post(gateway, cheap);
    await sleep(3_000);
    await admin.query(`alter database ${name} allow_connections true`);
    const ready = await waitFor(
      async () => (await fetch(readyz).catch(() => null))?.ok === true,
      60_000,
    );
    row(
      'database unreachable, then back',
      `readyz 503 after ${notReady} ms; a query meanwhile: ${down.status} ${down.body.errors?.[0]?.extensions?.code ?? ''} in ${down.ms.toFixed(0)} ms; readyz 200 again ${ready} ms after it returned, no restart`,
    );

    // 5. A slow table: a lock held on councils.council for 8 s.
    const locker = new pg.Client({ connectionString: url.toString() });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table councils.council in access exclusive mode');
    const lockedResults = await Promise.all(Array.from({ length: 20 }, () => post(gateway, cheap)));
    const other = await post(gateway, '{ neighbourhoodBoards(first: 2) { totalCount } }');
    await sleep(Math.max(0, 8_000));
    await locker.query('rollback');
    await locker.end();
    const codes = new Set(lockedResults.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'ok'));
    row(
      'lock held on councils.council (20 requests on it)',
      `answered in max ${Math.max(...lockedResults.map((r) => r.ms)).toFixed(0)} ms with ${[...codes].join(', ')}; boards meanwhile ${other.status} in ${other.ms.toFixed(0)} ms`,
    );
  } finally {
    await start?.stop();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  console.log('\n| case | result |\n| --- | --- |');
  for (const { case: name, result } of rows) console.log(`| ${name} | ${result} |`);
}

// fetch's keep-alive sockets would hold the process open after the table is printed.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
