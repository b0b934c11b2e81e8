import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServiceProcessOptions {
  /** What logs and errors call it. */
  name: string;
  /** A JavaScript file run by this Node.js (`dist/gateway/main.js`, Hive's CLI). */
  script: string;
  args?: string[];
  cwd?: string;
  env: NodeJS.ProcessEnv;
  /**
   * `inherit` (default) shares this terminal; `quiet` drops stdout and keeps the end of stderr
   * for the error when the process fails to start.
   */
  output?: 'inherit' | 'quiet';
  /**
   * An IPC channel, as `fork` gives: a service started so exits when its parent goes away
   * (`platform/shutdown.ts` stops on `disconnect`), even on the parent's SIGKILL.
   */
  ipc?: boolean;
  /** How long a stop waits after SIGTERM before SIGKILL (default 15 s). */
  stopGraceMs?: number;
}

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** Resolves when the process has exited, however. */
  exited: Promise<void>;
  hasExited(): boolean;
  /** The last 4 kB of stderr (with `output: 'quiet'`). */
  stderrTail(): string;
  /** SIGTERM, then SIGKILL after the grace; resolves once the process is gone. */
  stop(): Promise<void>;
}

/** Starts a Node.js program as a child process, without waiting for it to be ready. */
export function launchService(options: ServiceProcessOptions): ServiceProcess {
  const quiet = options.output === 'quiet';
  const stdio: StdioOptions = quiet
    ? ['ignore', 'ignore', 'pipe', ...(options.ipc ? ['ipc' as const] : [])]
    : ['inherit', 'inherit', 'inherit', ...(options.ipc ? ['ipc' as const] : [])];
  // With IPC it is what `fork` does, Node's own flags (`--cpu-prof`...) passed on as fork passes them.
  const nodeFlags = options.ipc ? process.execArgv : [];
  const child = spawn(process.execPath, [...nodeFlags, options.script, ...(options.args ?? [])], {
    cwd: options.cwd,
    env: options.env,
    stdio,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  const exited = new Promise<void>((resolve) => {
    if (hasExited()) resolve();
    else child.once('exit', () => resolve());
  });
  const grace = options.stopGraceMs ?? 15_000;
  return {
    name: options.name,
    child,
    pid: child.pid ?? 0,
    exited,
    hasExited,
    stderrTail: () => stderr,
    stop: async () => {
      if (!hasExited()) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), grace);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Calls `check` every `intervalMs` until it is true; the time that took, or null at the timeout. */
export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 200,
): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(intervalMs);
  }
  return null;
}

/** Whether `url` answers 2xx within a second (any failure is "not yet"). */
export const answers = (url: string, init: RequestInit = {}) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(1_000) }).then(
    (response) => response.ok,
    () => false,
  );

/**
 * Resolves once `ready` says so; rejects, naming the service, when the process exits first or
 * `timeoutMs` passes (then it is stopped).
 */
export async function whenReady(
  service: ServiceProcess,
  ready: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const failure = (what: string) => {
    const tail = service.stderrTail().trim();
    return new Error(`${service.name} ${what}${tail ? `: ${tail}` : ''}`);
  };
  const waited = await waitUntil(async () => {
    if (service.hasExited())
      throw failure(`exited while starting (code ${service.child.exitCode ?? 'none'})`);
    return ready();
  }, timeoutMs);
  if (waited === null) {
    await service.stop();
    throw failure(`was not ready within ${Math.round(timeoutMs / 1000)} s`);
  }
}

/**
 * The one way scripts run a service as its own process (npm start's supervisor, the bench's
 * gateway and Hive Gateway, the soak's `npm start`): launch it, wait until `ready`, and hand back
 * its stop.
 */
export async function spawnService(
  options: ServiceProcessOptions & { ready: () => Promise<boolean>; startTimeoutMs?: number },
): Promise<ServiceProcess> {
  const service = launchService(options);
  await whenReady(service, options.ready, options.startTimeoutMs);
  return service;
}
