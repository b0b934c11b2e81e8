import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import {
  Kind,
  print,
  type DocumentNode,
  type FormattedExecutionResult,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { createHash } from 'node:crypto';
import { BoundedCache } from '../platform/bounded-cache';
import type { DataVersions } from './data-versions';

/** Says whether an answer came from the cache (`hit`), was computed (`miss`) or never could be. */
export const CACHE_HEADER = 'x-cache';

/**
 * Headers that make a request someone's own. There are no users today; if credentials ever
 * arrive, an answer computed for them must never be served to anyone else, or to a CDN.
 */
const PERSONAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** Root fields whose answer depends on the API key that asks (a key's own webhooks). */
const PERSONAL_ROOT_FIELDS = new Set(['webhookSubscriptions', 'webhookDeliveries']);

/** Whether an operation asks for a personal root field, directly or through fragments. */
function selectsPersonalField(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): boolean =>
    set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return PERSONAL_ROOT_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return walk(selection.selectionSet);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) return false;
      seen.add(name);
      return walk(fragment.selectionSet);
    });
  return walk(operation.selectionSet);
}

export interface ResponseCacheOptions {
  /** Answers kept (an LRU); 0 keeps none (GET still gets ETags and `Cache-Control`). */
  entries: number;
  /** The bound on the answers' JSON, in bytes, together. */
  maxBytes: number;
  /** `Cache-Control: public, max-age=…` on a cacheable GET; 0 makes a cache revalidate each time. */
  maxAgeSeconds: number;
  versions: DataVersions;
  /** Filled per request with the version it was checked under (the subgraph fetches send it). */
  versionOf: WeakMap<object, string>;
}

/** An answer as sent (its JSON), under the data version it was computed with. */
interface Entry {
  version: string;
  text: string;
}

/**
 * Which answer a request sent byte for byte before got (`answerRepeats`): a pointer, so that
 * requests differing only in what Apollo ignores (an unknown `extensions` key) cannot fill the
 * cache with copies of one answer.
 */
interface SentEntry {
  version: string;
  answerKey: string;
  etag: string;
}

/** Headers Apollo's CSRF guard accepts on a GET (it refuses a GET without one of them). */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];
const JSON_TYPE = 'application/json; charset=utf-8';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Object keys in order, so `{a, b}` and `{b, a}` are one key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The key of a request as sent: its method and GraphQL parameters, before any parsing. */
const sentKey = (
  method: string,
  query: unknown,
  operationName: unknown,
  variables: unknown,
  extensions: unknown,
) =>
  `sent:${sha256(`${method}\n${stableJson([query ?? null, operationName ?? null, variables ?? null, extensions ?? null])}`)}`;

/** The GraphQL parameters of a GET or a JSON POST, or null when the fast path must not answer. */
function parametersOf(req: Request): [unknown, unknown, unknown, unknown] | null {
  if (PERSONAL_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  // Apollo answers `application/graphql-response+json` to a client that prefers it, and 406 or
  // 415 to one it cannot serve: those go to Apollo.
  const negotiated = req.accepts(['application/json', 'application/graphql-response+json']);
  if (negotiated !== 'application/json') return null;
  if (req.headers['content-type'] !== undefined && !req.is('application/json')) return null;
  if (req.method === 'POST') {
    const body = req.body as Record<string, unknown> | undefined;
    if (!req.is('application/json') || !body || typeof body !== 'object') return null;
    return [body.query, body.operationName, body.variables, body.extensions];
  }
  if (req.method !== 'GET' || !PREFLIGHT_HEADERS.some((name) => req.headers[name])) return null;
  const { query, operationName, variables, extensions } = req.query;
  try {
    const json = (value: unknown): unknown =>
      typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    return [query, operationName, json(variables), json(extensions)];
  } catch {
    return null;
  }
}

export interface ResponseCache<Context extends BaseContext> {
  plugin: ApolloServerPlugin<Context>;
  /**
   * Express middleware before Apollo: answers a request identical, byte for byte in its GraphQL
   * parameters, to one already answered under the current, pushed data version, without
   * parsing, validating, measuring or planning it again (all of which the first one passed).
   */
  answerRepeats: RequestHandler;
}

/**
 * The gateway's response cache and HTTP caching (see docs/architecture.md, "Response cache").
 * An answer is kept with the data version it was computed under, read *before* it was executed
 * (so it holds data at least that new), and served only while every subgraph still reports that
 * version: the check runs on every request, so the first request after a load is answered from
 * the new data. Only successful queries without personal headers are kept.
 */
export function responseCache<Context extends BaseContext>(
  options: ResponseCacheOptions,
): ResponseCache<Context> {
  const cache =
    options.entries > 0
      ? new BoundedCache<Entry>(options.entries, {
          maxBytes: options.maxBytes,
          of: (entry) => entry.text.length,
        })
      : null;
  // Repeats are answered only under a pushed version: without the push nothing would read these.
  const sent =
    cache && options.versions.pushes ? new BoundedCache<SentEntry>(options.entries) : null;
  // The document store hands out one parsed document per distinct query text: print it once.
  const printed = new WeakMap<DocumentNode, string>();
  const normalised = (document: DocumentNode) => {
    let text = printed.get(document);
    if (text === undefined) printed.set(document, (text = sha256(print(document))));
    return text;
  };
  const cacheControl =
    options.maxAgeSeconds > 0
      ? `public, max-age=${options.maxAgeSeconds}`
      : 'public, max-age=0, must-revalidate';

  const answerRepeats: RequestHandler = (req, res, next) => {
    const version = options.versions.pushedVersion;
    const parameters = sent && version !== null ? parametersOf(req) : null;
    if (!parameters) return next();
    void (async () => {
      const pointer = await sent!.get(sentKey(req.method, ...parameters));
      const answer = pointer?.version === version && (await cache!.get(pointer.answerKey));
      if (!pointer || !answer || answer.version !== version) return next();
      res.set('content-type', JSON_TYPE).set(CACHE_HEADER, 'hit');
      if (req.method === 'GET') res.set('etag', pointer.etag).set('cache-control', cacheControl);
      else res.set('cache-control', 'no-store');
      // On a GET whose `If-None-Match` carries the ETag, Express answers 304 itself.
      res.send(answer.text);
    })().catch(next);
  };

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      let state: { key: string; version: string; etag: string; hit: boolean } | undefined;
      let personal = false;
      return {
        async responseForOperation(requestContext) {
          const { request, operation, document } = requestContext;
          const http = request.http;
          if (operation?.operation !== 'query' || !http) return null;
          personal =
            PERSONAL_HEADERS.some((name) => http.headers.has(name)) ||
            selectsPersonalField(operation, document);
          if (personal) return null;
          const isGet = http.method === 'GET';
          if (!cache && !isGet) return null;
          const version = await options.versions.current();
          if (version === null) return null;
          options.versionOf.set(requestContext.contextValue, version);
          const key = sha256(
            `${normalised(document)}\n${requestContext.operationName ?? ''}\n${stableJson(request.variables ?? {})}`,
          );
          state = { key, version, etag: `W/"${sha256(`${key}\n${version}`)}"`, hit: false };
          const entry = await cache?.get(key);
          if (entry?.version !== version) return null;
          state.hit = true;
          return {
            // Parsed afresh: plugins set `extensions` on the result they send (the query cost).
            body: {
              kind: 'single',
              singleResult: JSON.parse(entry.text) as FormattedExecutionResult,
            },
            http: { headers: new HeaderMap() },
          };
        },

        async willSendResponse({ request, response }) {
          const headers = response.http.headers;
          if (personal) headers.set(CACHE_HEADER, 'bypass');
          if (!state) return;
          const { body } = response;
          const ok =
            body.kind === 'single' &&
            !body.singleResult.errors &&
            body.singleResult.data != null &&
            (response.http.status ?? 200) === 200;
          if (!ok) return;
          headers.set(CACHE_HEADER, state.hit ? 'hit' : 'miss');
          if (request.http?.method === 'GET') {
            // Express answers 304 itself when `If-None-Match` carries this ETag (`req.fresh`).
            headers.set('etag', state.etag);
            // Not Apollo's `max-age=N, public` form, so its cache-control plugin leaves it alone.
            headers.set('cache-control', cacheControl);
          }
          if (!cache) return;
          if (!state.hit)
            await cache.set(state.key, {
              version: state.version,
              text: JSON.stringify(body.singleResult),
            });
          if (!sent || !request.http) return;
          const { key: answerKey, version, etag } = state;
          await sent.set(
            sentKey(
              request.http.method,
              request.query,
              request.operationName,
              request.variables,
              request.extensions,
            ),
            { version, answerKey, etag },
          );
        },
      };
    },
  };
  return { plugin, answerRepeats };
}
