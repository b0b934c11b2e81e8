/**
 * What a subgraph and the gateway agree on about data versions: where a subgraph serves its
 * version, how long it holds a long poll, and what it answers.
 */

/** Where a subgraph serves its data version (beside `/graphql`, behind the shared secret). */
export const DATA_VERSION_PATH = '/version';

/**
 * How long `/version?after=` holds a request when nothing changes. The gateway gives up a little
 * after it (and reads per request until it has asked again), so a connection that died without
 * a word is trusted for at most this long.
 */
export const DATA_VERSION_HOLD_MS = 10_000;

/** How often a pushing subgraph reads its version anyway: the bound on a missed announcement. */
export const DATA_VERSION_HEARTBEAT_MS = 5_000;

/** What `/version` answers: `live` says the version is pushed (see `DataVersionWatch`). */
export interface DataVersionAnswer {
  version: string | null;
  live: boolean;
}
