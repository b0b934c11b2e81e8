import { request, type Agent } from 'undici';
import { SHARED_SECRET_HEADER } from '../platform/http/subgraph-secret';
import {
  DATA_VERSION_HOLD_MS,
  DATA_VERSION_PATH,
  type DataVersionAnswer,
} from '../platform/data-version/protocol';
import type { Logger } from '../platform/logger';

export interface DataVersionsOptions {
  /** > 0: a reading that started less than this long ago is reused (a stale window of as much). */
  checkIntervalMs: number;
  timeoutMs: number;
  /** The gateway's keep-alive agent for subgraph calls (no connection or timer per reading). */
  agent: Agent;
  /** Keep one `/version?after=` request open per subgraph and use what it pushes. */
  push: boolean;
  logger?: Logger;
  /** Wait before asking a subgraph again after its push request failed. */
  retryMs?: number;
}

/**
 * The data version of the whole graph: every subgraph's own (`platform/data-version/`), since the
 * gateway reads no subgraph's tables.
 *
 * Pushed (the default): one long-polling `/version?after=` request per subgraph is always open,
 * and the subgraph answers it when a load commits (Postgres `NOTIFY`), so a request costs no
 * reading at all. A load is seen once its announcement has come round (about a millisecond on
 * one machine; see docs/architecture.md); requests in between may still be answered from the
 * data before it. While any subgraph's push is not `live` (starting, its `LISTEN` session lost,
 * the request failed), every request reads instead, as below.
 *
 * Read: a request gets a reading that *started after it arrived*, so a load that committed
 * before the request is always seen: concurrent requests share a reading only when it had not
 * started yet when they came (at most two readings in flight, however many requests wait).
 */
export class DataVersions {
  private inFlight?: Promise<string | null>;
  private queued?: Promise<string | null>;
  private last?: { startedAt: number; version: string | null };
  private readonly pushed: (DataVersionAnswer | undefined)[];
  private closed = false;

  constructor(
    private readonly versionUrls: string[],
    private readonly sharedSecret: string,
    private readonly options: DataVersionsOptions,
  ) {
    this.pushed = versionUrls.map(() => undefined);
    if (options.push) versionUrls.forEach((url, index) => void this.follow(url, index));
  }

  /** The subgraphs' `/version` URL beside each one's `/graphql`. */
  static urlOf(graphqlUrl: string): string {
    return graphqlUrl.replace(/\/graphql$/, DATA_VERSION_PATH);
  }

  /** Whether versions are followed as pushed at all (`DATA_VERSION_PUSH`). */
  get pushes(): boolean {
    return this.options.push;
  }

  /** The versions as pushed, when every subgraph's push is live; null otherwise. */
  get pushedVersion(): string | null {
    const versions: string[] = [];
    for (const answer of this.pushed) {
      if (!answer?.live || answer.version === null) return null;
      versions.push(answer.version);
    }
    return versions.join('/');
  }

  /** The version tuple now, or null when any subgraph cannot say (then nothing is cached). */
  current(): Promise<string | null> {
    const pushed = this.pushedVersion;
    if (pushed !== null) return Promise.resolve(pushed);
    const { last } = this;
    if (last && this.options.checkIntervalMs > 0) {
      if (performance.now() - last.startedAt < this.options.checkIntervalMs)
        return Promise.resolve(last.version);
    }
    if (!this.inFlight) return this.start();
    // The reading in flight may have started before this request, and before a load it must see.
    this.queued ??= this.inFlight.then(() => {
      this.queued = undefined;
      return this.start();
    });
    return this.queued;
  }

  /** Stops following the pushes (the open requests end with the agent). */
  close(): void {
    this.closed = true;
  }

  /**
   * Keeps one long poll open to a subgraph for as long as the gateway runs. A poll that has not
   * answered a little after the subgraph's hold is given up (the connection may have died
   * without a word): until the next one answers, requests read per request.
   */
  private async follow(url: string, index: number): Promise<void> {
    const retryMs = this.options.retryMs ?? 1_000;
    while (!this.closed) {
      const known = this.pushed[index];
      const after = known?.live && known.version !== null ? known.version : '';
      const started = performance.now();
      try {
        const answer = await this.ask(
          `${url}?after=${encodeURIComponent(after)}`,
          DATA_VERSION_HOLD_MS + POLL_GRACE_MS,
        );
        this.pushed[index] = answer;
        // Not live: the subgraph reads per call now; ask again a little later, not in a loop.
        if (!answer.live) await pause(retryMs);
        // Answered at once (replicas behind one URL that disagree for a moment): not in a loop.
        else await pause(MIN_POLL_GAP_MS - (performance.now() - started));
      } catch (error) {
        this.pushed[index] = undefined;
        if (this.closed) return;
        this.options.logger?.debug({ err: error, url }, 'data version push failed; retrying');
        await pause(retryMs);
      }
    }
  }

  private start(): Promise<string | null> {
    const startedAt = performance.now();
    const reading = this.read().then((version) => {
      if (this.inFlight === reading) this.inFlight = undefined;
      if (!this.last || this.last.startedAt < startedAt) this.last = { startedAt, version };
      return version;
    });
    this.inFlight = reading;
    return reading;
  }

  private async read(): Promise<string | null> {
    try {
      const answers = await Promise.all(
        this.versionUrls.map((url) => this.ask(url, this.options.timeoutMs)),
      );
      if (answers.some((answer) => answer.version === null)) return null;
      return answers.map((answer) => answer.version).join('/');
    } catch {
      return null;
    }
  }

  private async ask(url: string, timeoutMs: number): Promise<DataVersionAnswer> {
    const response = await request(url, {
      dispatcher: this.options.agent,
      headers: { [SHARED_SECRET_HEADER]: this.sharedSecret },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const body = (await response.body.json()) as Partial<DataVersionAnswer>;
    const live = body.live === true;
    // A long poll to a subgraph that does not push is answered `{version: null, live: false}`.
    if (response.statusCode !== 200 || (typeof body.version !== 'string' && live))
      throw new Error(`no version from ${url} (${response.statusCode})`);
    return { version: typeof body.version === 'string' ? body.version : null, live };
  }
}

/** How long after the subgraph's hold a long poll is given up. */
const POLL_GRACE_MS = 2_000;
/** The least time between the starts of two long polls to one subgraph. */
const MIN_POLL_GAP_MS = 20;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
