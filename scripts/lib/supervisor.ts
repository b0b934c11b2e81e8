import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../platform/logger';
import { answers, launchService, whenReady, type ServiceProcess } from './spawn-service';

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
  process?: ServiceProcess;
  crashes: number[];
  restarts: number;
}

/**
 * Runs each service as its own Node process (`launchService`, with the IPC channel `fork` gives,
 * so a child stops when the start script goes away), so a heavy query in one cannot
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
    return Object.fromEntries([...this.services].map(([name, s]) => [name, s.process?.pid]));
  }

  restartCount(name: string): number {
    return this.services.get(name)?.restarts ?? 0;
  }

  /** SIGTERM to every child (they drain), SIGKILL to any still running after the grace. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.services.values()].map(async ({ spec, process }) => {
        if (!process || process.hasExited()) return;
        const slow = setTimeout(
          () => this.logger.warn({ service: spec.name }, 'did not stop in time: killing it'),
          this.options.stopGraceMs,
        );
        await process.stop();
        clearTimeout(slow);
      }),
    );
  }

  private fork(service: Supervised): void {
    const started = launchService({
      name: service.spec.name,
      script: service.spec.script,
      env: service.spec.env,
      ipc: true,
      stopGraceMs: this.options.stopGraceMs,
    });
    service.process = started;
    started.child.once('exit', (code, signal) => {
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
    if (!service.process) throw new Error(`${service.spec.name} was never started`);
    await whenReady(
      service.process,
      () => answers(service.spec.healthUrl),
      this.options.startTimeoutMs,
    );
  }
}
