import type { Logger } from './logger';

/**
 * Runs the given steps once, in order, on SIGINT or SIGTERM (Ctrl-C, `docker stop`), then exits.
 * A later second signal exits at once, for when a step hangs.
 */
export function onShutdown(logger: Logger, steps: (() => Promise<void>)[]): void {
  let stoppingSince = 0;
  const handler = async (signal: NodeJS.Signals) => {
    // Ctrl-C under `npm start` arrives twice at once (from the terminal and from npm): only a
    // signal sent a while later means "stop now".
    if (stoppingSince && Date.now() - stoppingSince < 2_000) return;
    if (stoppingSince) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, 'shutting down');
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
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
