import type { Logger } from './logger';

/**
 * Runs the given steps once, in order, on SIGINT or SIGTERM (Ctrl-C, `docker stop`), then exits.
 * A later second signal exits at once, for when a step hangs; so does a shutdown that outlasts
 * `timeoutMs`. A process forked by the start script also stops when that script goes away (its
 * IPC channel closes), so a killed supervisor leaves no service behind.
 */
export function onShutdown(
  logger: Logger,
  steps: (() => Promise<void>)[],
  { timeoutMs = 30_000 }: { timeoutMs?: number } = {},
): void {
  let stoppingSince = 0;
  const handler = async (signal: NodeJS.Signals | 'disconnect') => {
    // Ctrl-C under `npm start` arrives twice at once (from the terminal and from npm): only a
    // signal sent a while later means "stop now".
    if (stoppingSince && Date.now() - stoppingSince < 2_000) return;
    if (stoppingSince) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown took too long: exiting now');
      process.exit(1);
    }, timeoutMs).unref();
    let code = 0;
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        code = 1;
        logger.error({ err: error }, 'shutdown step failed');
      }
    }
    process.exit(code);
  };
  process.on('SIGINT', (signal) => void handler(signal));
  process.on('SIGTERM', (signal) => void handler(signal));
  if (process.send) process.on('disconnect', () => void handler('disconnect'));
}
