import type { Logger } from './logger';

/**
 * Runs the given steps once, in order, on SIGINT or SIGTERM (Ctrl-C, `docker stop`), then exits.
 * A second signal exits at once, for when a step hangs.
 */
export function onShutdown(logger: Logger, steps: (() => Promise<void>)[]): void {
  let stopping = false;
  const handler = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
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
