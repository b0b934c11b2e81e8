import pino, { type Logger } from 'pino';

export type { Logger };

/** One JSON logger per service; `service` tags every line so mixed logs can be told apart. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, base: { service } });
}
