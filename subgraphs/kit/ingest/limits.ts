import { positiveInt, readConfig } from '../../../platform/config';

/** How much one load may read and report; see `readIngestLimits`. */
export interface IngestLimits {
  /** Largest file accepted, in bytes; a bigger one is refused before it is read. */
  maxFileBytes: number;
  /** Problems kept for the report; later ones are only counted, so junk cannot fill memory. */
  maxProblems: number;
}

export const MEGABYTE = 1024 * 1024;

/**
 * The limits from `INGEST_MAX_FILE_MB` (default 100) and `INGEST_MAX_PROBLEMS` (default 1000),
 * validated once per load: a bad value stops the load with a `ConfigError` naming the variable.
 */
export function readIngestLimits(env: NodeJS.ProcessEnv = process.env): IngestLimits {
  const config = readConfig(
    { INGEST_MAX_FILE_MB: positiveInt(100), INGEST_MAX_PROBLEMS: positiveInt(1000) },
    env,
  );
  return {
    maxFileBytes: config.INGEST_MAX_FILE_MB * MEGABYTE,
    maxProblems: config.INGEST_MAX_PROBLEMS,
  };
}
