import { setTimeout as sleep } from 'node:timers/promises';
import { fork, type ChildProcess } from 'node:child_process';
import type { Logger } from '../../platform/logger';

export interface ServiceSpec {
  name: string;
  /** The compiled entry point to fork (`dist/subgraphs/councils/main.js`). */
  script: string;
  env: NodeJS.ProcessEnv;
  /** Polled until it answers 200 once the process is started (`/healthz`). */
  healthUrl: string;
}

export interface SupervisorOptions {
  /** Restarts allowed within `windowMs` before the supervisor gives up (a crash loop). */
  maxRestarts?: number;
  windowMs?: number;
  /** First restart delay, doubled at each crash within the window, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How long a stopping child may drain before it is killed. */
  stopGraceMs?: number;
  /** How long a (re)started child has to answer `healthUrl`. */
  startTimeoutMs?: number;
}

interface Supervised {
  spec: ServiceSpec;
  child?: ChildProcess;
  crashes: number[];
  restarts: number;
}

/**
 * Runs each service as its own Node process (child_process.fork), so a heavy query in one cannot
 * stall the others and a crash costs one service for a moment, not the whole API. A child that
 * exits on its own is restarted after a backoff; more than `maxRestarts` crashes within
 * `windowMs` is a crash loop, reported through `onGiveUp` (the start script then stops everything).
 */
export class Supervisor {
  private readonly services = new Map<string, Supervised>();
  private stopping = false;
  private readonly options: Required<SupervisorOptions>;

  constructor(
    private readonly logger: Logger,
    private readonly onGiveUp: (name: string) => void,
    options: SupervisorOptions = {},
  ) {
    this.options = {
      maxRestarts: 5,
      windowMs: 60_000,
      backoffMs: 500,
      maxBackoffMs: 10_000,
      stopGraceMs: 15_000,
      startTimeoutMs: 60_000,
      ...options,
    };
  }

  /** Forks the service and resolves once it answers its health URL (rejects if it exits first). */
  async start(spec: ServiceSpec): Promise<void> {
    const service: Supervised = { spec, crashes: [], restarts: 0 };
    this.services.set(spec.name, service);
    this.fork(service);
    await this.waitHealthy(service);
  }

  /** Process ids by service name (the soak script kills one to watch it come back). */
  pids(): Record<string, number | undefined> {
    return Object.fromEntries([...this.services].map(([name, s]) => [name, s.child?.pid]));
  }

  restartCount(name: string): number {
    return this.services.get(name)?.restarts ?? 0;
  }

  /** SIGTERM to every child (they drain), SIGKILL to any still running after the grace. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.services.values()].map(async ({ spec, child }) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const inTime = await Promise.race([
          exited.then(() => true),
          sleep(this.options.stopGraceMs).then(() => false),
        ]);
        if (!inTime) {
          this.logger.warn({ service: spec.name }, 'did not stop in time: killing it');
          child.kill('SIGKILL');
          await exited;
        }
      }),
    );
  }

  private fork(service: Supervised): void {
    const child = fork(service.spec.script, [], { env: service.spec.env, stdio: 'inherit' });
    service.child = child;
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      void this.restart(service, code, signal);
    });
  }

  private async restart(
    service: Supervised,
    code: number | null,
    signal: NodeJS.Signals | null,
  ): Promise<void> {
    const now = Date.now();
    service.crashes = [...service.crashes.filter((at) => now - at < this.options.windowMs), now];
    const recent = service.crashes.length;
    if (recent > this.options.maxRestarts) {
      this.logger.error(
        { service: service.spec.name, code, signal, crashes: recent },
        `${service.spec.name} keeps crashing: giving up`,
      );
      this.onGiveUp(service.spec.name);
      return;
    }
    const delay = Math.min(this.options.backoffMs * 2 ** (recent - 1), this.options.maxBackoffMs);
    this.logger.warn(
      { service: service.spec.name, code, signal, restartInMs: delay, crashes: recent },
      `${service.spec.name} exited: restarting`,
    );
    await sleep(delay);
    if (this.stopping) return;
    service.restarts += 1;
    this.fork(service);
    try {
      await this.waitHealthy(service);
      this.logger.info({ service: service.spec.name }, `${service.spec.name} is back`);
    } catch (error) {
      // Its exit handler has already scheduled the next attempt, or the crash loop verdict.
      this.logger.warn({ service: service.spec.name, err: error }, 'restart did not come up');
    }
  }

  private async waitHealthy(service: Supervised): Promise<void> {
    const child = service.child!;
    const deadline = Date.now() + this.options.startTimeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`${service.spec.name} exited while starting (code ${child.exitCode})`);
      const ok = await fetch(service.spec.healthUrl, { signal: AbortSignal.timeout(1_000) })
        .then((response) => response.ok)
        .catch(() => false);
      if (ok) return;
      await sleep(200);
    }
    throw new Error(`${service.spec.name} did not answer ${service.spec.healthUrl} in time`);
  }
}
