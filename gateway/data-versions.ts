import { request, type Agent } from 'undici';
import { SHARED_SECRET_HEADER } from '../subgraphs/kit/subgraph-secret';
import { DATA_VERSION_PATH } from '../subgraphs/kit/data-version';

/**
 * The data version of the whole graph: every subgraph's own (`kit/data-version.ts`), asked over
 * HTTP, since the gateway reads no subgraph's tables. A request gets a reading that *started
 * after it arrived*, so a load that committed before the request is always seen: concurrent
 * requests share a reading only when it had not started yet when they came (at most two
 * readings in flight, however many requests wait). `checkIntervalMs` > 0 trades that for fewer
 * readings: a reading that started less than that long ago is reused (a stale window of as much).
 */
export class DataVersions {
  private inFlight?: Promise<string | null>;
  private queued?: Promise<string | null>;
  private last?: { startedAt: number; version: string | null };

  constructor(
    private readonly versionUrls: string[],
    private readonly sharedSecret: string,
    // The gateway's keep-alive agent for subgraph calls: a reading is on every cacheable request,
    // so it must not open a connection or start a timer per call.
    private readonly options: { checkIntervalMs: number; timeoutMs: number; agent: Agent },
  ) {}

  /** The subgraphs' `/version` URL beside each one's `/graphql`. */
  static urlOf(graphqlUrl: string): string {
    return graphqlUrl.replace(/\/graphql$/, DATA_VERSION_PATH);
  }

  /** The version tuple now, or null when any subgraph cannot say (then nothing is cached). */
  current(): Promise<string | null> {
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
    const { agent, timeoutMs } = this.options;
    try {
      const versions = await Promise.all(
        this.versionUrls.map(async (url) => {
          const response = await request(url, {
            dispatcher: agent,
            headers: { [SHARED_SECRET_HEADER]: this.sharedSecret },
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
          });
          const body = (await response.body.json()) as { version?: unknown };
          if (response.statusCode !== 200 || typeof body.version !== 'string')
            throw new Error('no version');
          return body.version;
        }),
      );
      return versions.join('/');
    } catch {
      return null;
    }
  }
}
