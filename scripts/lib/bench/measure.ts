import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answers, spawnService } from '../spawn-service';

export const WARM_UP = 20;

export interface Latency {
  p50: number;
  p95: number;
}

/** Sequential latency: `runs` calls after a warm-up, one at a time. */
export async function latency(
  runs: number,
  work: (i: number) => Promise<unknown>,
): Promise<Latency> {
  for (let i = 0; i < WARM_UP; i += 1) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

export interface Throughput {
  requestsPerSecond: number;
  total: number;
  /** Connection errors, timeouts and non-2xx answers. */
  failures: number;
}

/**
 * Requests per second at `connections` concurrent connections for `seconds`, by autocannon in a
 * child process (`load-worker.js`, next to this file once compiled), bodies taken in turn.
 */
export function throughput(
  url: string,
  bodies: string[],
  connections: number,
  seconds: number,
): Promise<Throughput> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(__dirname, 'load-worker.js')],
      { timeout: (seconds + 30) * 1000, maxBuffer: 1 << 20 },
      (error, stdout) => {
        if (error) return reject(error);
        const result = JSON.parse(stdout) as {
          requestsPerSecond: number;
          total: number;
          errors: number;
          non2xx: number;
        };
        resolve({
          requestsPerSecond: result.requestsPerSecond,
          total: result.total,
          failures: result.errors + result.non2xx,
        });
      },
    );
    child.stdin?.end(JSON.stringify({ url, bodies, connections, seconds }));
  });
}

/** The same figure for a function (the SQL query): `connections` loops for `seconds`. */
export async function throughputOf(
  work: (i: number) => Promise<unknown>,
  connections: number,
  seconds: number,
): Promise<Throughput> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        await work(done).then(
          () => (done += 1),
          () => (failures += 1),
        );
      }
    }),
  );
  return { requestsPerSecond: done / seconds, total: done, failures };
}

/** Resident set size of a process, in MiB (Linux `/proc`; undefined elsewhere or once gone). */
export function rssMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Machine load, as `uptime` prints it (1, 5, 15 minutes). */
export function loadAverage(): Promise<string> {
  return new Promise((resolve) =>
    execFile('uptime', (error, stdout) =>
      resolve(error ? 'unknown' : stdout.trim().replace(/^.*load average:\s*/, '')),
    ),
  );
}

export interface ChildService {
  url: string;
  /** Its own process, for its memory; none when it runs in the bench's process. */
  pid?: number;
  stop(): Promise<void>;
}

/**
 * Starts our compiled gateway (`dist/gateway/main.js`) as its own process, as `npm start` does,
 * so it does not share an event loop with the subgraphs or the bench; resolves once `/readyz`
 * answers 200.
 */
export async function startGatewayProcess(
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<ChildService> {
  const base = `http://127.0.0.1:${port}`;
  const gateway = await spawnService({
    name: 'the gateway',
    script: path.join(__dirname, '..', '..', '..', 'gateway', 'main.js'),
    cwd: path.join(__dirname, '..', '..', '..', '..'),
    // Production mode, as the image runs it (graphql-js skips its development checks), as the
    // Hive peers run too.
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      GATEWAY_PORT: String(port),
      LOG_LEVEL: 'warn',
      // The load client is one address: the bench measures the gateway, not its fair-use limit.
      RATE_LIMIT_POINTS_PER_HOUR: '0',
      ...env,
    },
    ready: () => answers(`${base}/readyz`),
  });
  return { url: `${base}/graphql`, pid: gateway.pid, stop: gateway.stop };
}
