import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { STATUS_CODES } from 'node:http';
import { Agent, errors as undiciErrors, request } from 'undici';
import { SHARED_SECRET_HEADER } from '../platform/http/subgraph-secret';
import { gatewayTimeout } from '../platform/errors/retryable';
import type { SharedInFlight } from './in-flight';

type Context = Record<string, unknown>;
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/** A subgraph's answer as it came over the wire: parsed by each caller that shares it. */
export interface SentResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface SubgraphDataSourceOptions {
  /** Unset only for a subgraph the supergraph gives no URL, which fails at its first call. */
  url: string | undefined;
  sharedSecret: string;
  timeoutMs: number;
  agent: Agent;
  /** Headers to add for a request (e.g. the data version it was checked under). */
  headersFor?: (context: Context) => Record<string, string>;
  /** When set, identical calls in flight at once (same URL, headers, body) make one. */
  share?: SharedInFlight<SentResponse>;
}

/**
 * One keep-alive connection pool for every subgraph call (undici, without the WHATWG `fetch`
 * layer). Idle sockets are kept a little under the subgraphs' own keep-alive (node's 5 s), so
 * the gateway never writes to a socket the subgraph is closing.
 */
export const subgraphAgent = () =>
  new Agent({ keepAliveTimeout: 4_000, keepAliveMaxTimeout: 4_000 });

const isJson = (contentType: string | string[] | undefined) =>
  typeof contentType === 'string' &&
  (contentType.startsWith('application/json') ||
    contentType.startsWith('application/graphql-response+json'));

const isTimeout = (error: unknown) =>
  error instanceof undiciErrors.HeadersTimeoutError ||
  error instanceof undiciErrors.BodyTimeoutError;

/**
 * `RemoteGraphQLDataSource` with a compact send path: the same request body, headers and error
 * shapes, but over a shared undici `Agent` (keep-alive, no `fetch`/`Request`/`Headers` objects,
 * no node-fetch `Request` built per call) and with no timer of its own per call: undici's
 * headers and body timeouts run on one coarse shared clock (a native timer only below 1 s),
 * and either one turns into `GATEWAY_TIMEOUT` as before.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<Context> {
  private readonly options: SubgraphDataSourceOptions;

  constructor(options: SubgraphDataSourceOptions) {
    super(options.url ? { url: options.url } : {});
    this.options = options;
  }

  override async process(
    processOptions: GraphQLDataSourceProcessOptions<Context>,
  ): Promise<GatewayGraphQLResponse> {
    const { request: graphqlRequest, context } = processOptions;
    const { http, query, ...rest } = graphqlRequest;
    if (!query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    if (http?.headers) for (const [name, value] of http.headers) headers[name] = value;
    Object.assign(headers, this.options.headersFor?.(context));
    headers['content-type'] = 'application/json';
    headers[SHARED_SECRET_HEADER] = this.options.sharedSecret;

    const { url } = this;
    const payload = JSON.stringify({ query, ...rest });
    const { share } = this.options;
    const response = share
      ? await share(JSON.stringify([url, headers, payload]), () => this.send(url, headers, payload))
      : await this.send(url, headers, payload);
    const body: unknown = isJson(response.headers['content-type'])
      ? JSON.parse(response.text)
      : response.text;

    const { statusCode } = response;
    if (statusCode < 200 || statusCode > 299) {
      // Apollo's own error (UNAUTHENTICATED / FORBIDDEN / `status: text`, with the response
      // under `extensions.response`), which `subgraph-errors.ts` reads.
      const settled: FetcherResponse = {
        url,
        status: statusCode,
        statusText: STATUS_CODES[statusCode] ?? '',
        ok: false,
        redirected: false,
        headers: { get: (name: string) => headerValue(response.headers[name.toLowerCase()]) },
        json: async () => body,
        text: async () => (typeof body === 'string' ? body : JSON.stringify(body)),
      } as unknown as FetcherResponse;
      throw await this.errorFromResponse(settled);
    }
    if (typeof body !== 'object' || body === null)
      throw new Error(`Expected JSON response body, but received: ${String(body)}`);

    // No `Cache-Control` to read: the subgraphs run without Apollo's cache-control plugin and
    // set none, so the gateway's own plugin answers `no-store` unless the response cache says
    // otherwise (`response-cache.plugin.ts`).
    return body as GatewayGraphQLResponse;
  }

  /** One POST over the shared agent; a subgraph that does not answer in time is GATEWAY_TIMEOUT. */
  private async send(
    url: string,
    headers: Record<string, string>,
    payload: string,
  ): Promise<SentResponse> {
    const { timeoutMs, agent } = this.options;
    try {
      const response = await request(url, {
        dispatcher: agent,
        method: 'POST',
        headers,
        body: payload,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      return {
        statusCode: response.statusCode,
        headers: response.headers,
        text: await response.body.text(),
      };
    } catch (error) {
      if (isTimeout(error)) throw gatewayTimeout(timeoutMs);
      throw error;
    }
  }
}

const headerValue = (value: string | string[] | undefined) =>
  value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
