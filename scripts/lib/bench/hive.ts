import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { urlVariable } from '../../../gateway/config';
import { projectRoot } from '../../../platform/paths';
import { answers, spawnService } from '../spawn-service';
import { freePort } from '../processes';

/**
 * Hive Gateway is a peer we measure against and the scale-out gateway we test, never a
 * dependency of this project: it is installed on demand, pinned, into a cache folder outside the
 * project (`HIVE_GATEWAY_CACHE`, default `~/.cache/community-power-graph/hive-gateway`).
 */
/** The versions pinned in deploy/hive-gateway/Dockerfile (`ARG NAME=version`), the one pin. */
function pinnedVersion(name: string): string {
  const dockerfile = readFileSync(
    path.join(projectRoot(), 'deploy', 'hive-gateway', 'Dockerfile'),
    'utf8',
  );
  const version = new RegExp(`^ARG ${name}=(\\S+)$`, 'm').exec(dockerfile)?.[1];
  if (!version)
    throw new Error(`deploy/hive-gateway/Dockerfile does not pin ${name} (ARG ${name}=...)`);
  return version;
}
export const HIVE_GATEWAY_VERSION = pinnedVersion('HIVE_GATEWAY_VERSION');
export const HIVE_ROUTER_RUNTIME_VERSION = pinnedVersion('HIVE_ROUTER_RUNTIME_VERSION');

export const hiveCacheDir = () =>
  process.env.HIVE_GATEWAY_CACHE ??
  path.join(os.homedir(), '.cache', 'community-power-graph', 'hive-gateway');

const binOf = (dir: string) =>
  path.join(dir, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
const installed = (dir: string, name: string, version: string) => {
  try {
    const manifest = path.join(dir, 'node_modules', ...name.split('/'), 'package.json');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- reading a manifest outside the project by path
    return (require(manifest) as { version: string }).version === version;
  } catch {
    return false;
  }
};

export interface HiveInstall {
  dir: string;
  /** Whether the Rust query planner (`@graphql-hive/router-runtime`) is there. */
  rustPlanner: boolean;
}

/**
 * Installs Hive Gateway (and its Rust query planner) into the cache folder unless the pinned
 * versions are there; within `timeoutMs` or not at all. Resolves to why not, as a string, on failure.
 */
export async function ensureHiveGateway(timeoutMs: number): Promise<HiveInstall | string> {
  const dir = hiveCacheDir();
  const wanted = [
    ['@graphql-hive/gateway', HIVE_GATEWAY_VERSION],
    ['@graphql-hive/router-runtime', HIVE_ROUTER_RUNTIME_VERSION],
  ] as const;
  if (wanted.every(([name, version]) => installed(dir, name, version)))
    return { dir, rustPlanner: true };
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, 'package.json')))
    writeFileSync(
      path.join(dir, 'package.json'),
      '{ "name": "hive-gateway-cache", "private": true }\n',
    );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = (specs: string[]) =>
    promisify(execFile)(npm, ['install', '--save-exact', '--no-audit', '--no-fund', ...specs], {
      cwd: dir,
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
  try {
    await install([`@graphql-hive/gateway@${HIVE_GATEWAY_VERSION}`]);
  } catch (error) {
    return `could not install @graphql-hive/gateway@${HIVE_GATEWAY_VERSION} into ${dir} within ${timeoutMs} ms: ${(error as Error).message.split('\n')[0]}`;
  }
  // The Rust planner is optional: without it Hive runs its JavaScript planner.
  const rustPlanner = await install([
    `@graphql-hive/router-runtime@${HIVE_ROUTER_RUNTIME_VERSION}`,
  ]).then(
    () => true,
    () => false,
  );
  return { dir, rustPlanner };
}

export interface HiveOptions {
  install: HiveInstall;
  /** Subgraph name → URL, as `<NAME>_URL` is for our gateway. */
  subgraphUrls: Record<string, string>;
  sharedSecret: string;
  deduplication: boolean;
  rustPlanner: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface RunningHive {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts Hive Gateway as its own process on 127.0.0.1 with deploy/hive-gateway/gateway.config.ts
 * and the committed supergraph, both copied into the cache folder (so the config resolves Hive's
 * packages from there). Resolves once it answers a query.
 */
export async function startHiveGateway(options: HiveOptions): Promise<RunningHive> {
  const { dir } = options.install;
  const root = projectRoot();
  copyFileSync(
    path.join(root, 'deploy', 'hive-gateway', 'gateway.config.ts'),
    path.join(dir, 'gateway.config.ts'),
  );
  copyFileSync(
    path.join(root, 'schema', 'supergraph.graphql'),
    path.join(dir, 'supergraph.graphql'),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const hive = await spawnService({
    name: 'Hive Gateway',
    script: binOf(dir),
    args: ['supergraph'],
    cwd: dir,
    output: 'quiet',
    stopGraceMs: 5_000,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      GATEWAY_PORT: String(port),
      PORT: String(port),
      HOST: '127.0.0.1',
      // One process, as our gateway: no cluster of workers.
      FORK: '1',
      SUPERGRAPH_PATH: './supergraph.graphql',
      SUBGRAPH_SHARED_SECRET: options.sharedSecret,
      HIVE_DEDUPLICATION: options.deduplication ? 'on' : 'off',
      HIVE_QUERY_PLANNER: options.rustPlanner ? 'rust' : 'js',
      LOG_LEVEL: 'error',
      ...Object.fromEntries(
        Object.entries(options.subgraphUrls).map(([name, url]) => [urlVariable(name), url]),
      ),
      ...options.env,
    },
    ready: () =>
      answers(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
  });
  return { url, pid: hive.pid, stop: hive.stop };
}
