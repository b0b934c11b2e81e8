import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { Allowance } from './cost-limiter';
import { CostLimiter } from './cost-limiter';
import { hashApiKey, type ApiKeyEntry } from '../../platform/api-keys';
import { API_KEY_HEADER, refuseUnknownKey } from '../caller';

/** Set by the gate on every request (any value a client sent is replaced), read by the plugin. */
const CLIENT_HEADER = 'x-cpg-rate-client';
/**
 * The gateway's own exports and feeds ask `/graphql` on behalf of their client, so that client
 * pays: these two headers say whom, with a token only this process knows (a client sending them
 * is charged as itself).
 */
const ON_BEHALF_HEADER = 'x-cpg-on-behalf-of';
const TOKEN_HEADER = 'x-cpg-internal-token';

/** The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers) for an allowance. */
function headersOf(allowance: Allowance, now: number): Record<string, string> {
  return {
    'ratelimit-limit': String(allowance.limit),
    'ratelimit-remaining': String(allowance.remaining),
    'ratelimit-reset': String(Math.max(0, Math.ceil((allowance.resetAt - now) / 1000))),
  };
}

export interface RateLimits<Context extends BaseContext> {
  /** Express middleware before everything that answers `/graphql`. */
  gate: RequestHandler;
  /** Charges each executed operation its measured cost and says so in `extensions.rateLimit`. */
  plugin: ApolloServerPlugin<Context>;
  /** Headers for a request the gateway sends itself for `req`'s client (an export's pages). */
  onBehalfOf(req: Request): Record<string, string>;
}

const socketClient = (req: Request) => `ip:${req.socket.remoteAddress ?? 'unknown'}`;

/**
 * Fair use: every client (its API key when it sends one, else its IP address as the socket gives
 * it; proxies' headers are not trusted) may spend its query cost points per clock hour (a key's
 * own, else `pointsPerHour`). A request costs one
 * point as it arrives, and an executed query its measured cost (`extensions.cost.requested`)
 * once it is answered; a repeat answered from the response cache costs the one point. A client
 * with nothing left gets 429 with `Retry-After` before anything runs; the request that spends
 * the last points is still answered.
 */
export function rateLimits<Context extends BaseContext>(options: {
  pointsPerHour: number;
  maxClients: number;
  /** Keys (sent as `x-api-key`) counted apart, each with its own hourly points. */
  apiKeys?: readonly ApiKeyEntry[];
  now?: () => number;
}): RateLimits<Context> {
  const now = options.now ?? Date.now;
  const limiter = new CostLimiter(options.pointsPerHour, options.maxClients, now);
  const byHash = new Map((options.apiKeys ?? []).map((k) => [k.sha256, k]));
  const byId = new Map((options.apiKeys ?? []).map((k) => [k.id, k]));
  /** A client's hourly points: its key's, or every address's. */
  const limitOf = (client: string) =>
    client.startsWith('key:')
      ? (byId.get(client.slice(4))?.pointsPerHour ?? options.pointsPerHour)
      : options.pointsPerHour;
  /** Who a request counts as: its key (null for a key we do not know), else its address. */
  const clientOf = (req: Request): string | null => {
    const key = req.headers[API_KEY_HEADER];
    if (typeof key !== 'string') return socketClient(req);
    const known = byHash.get(hashApiKey(key));
    return known ? `key:${known.id}` : null;
  };
  const token = randomBytes(24).toString('base64url');
  const fromItself = (req: Request) => {
    const given = req.headers[TOKEN_HEADER];
    return (
      typeof given === 'string' &&
      given.length === token.length &&
      timingSafeEqual(Buffer.from(given), Buffer.from(token))
    );
  };

  const refuse = (res: Response, allowance: Allowance) => {
    const retryAfter = Math.max(1, Math.ceil((allowance.resetAt - now()) / 1000));
    res
      .status(429)
      .set({ ...headersOf(allowance, now()), 'retry-after': String(retryAfter) })
      .json({
        errors: [
          {
            message: `Rate limit exceeded: ${allowance.limit} query cost points per hour are spent; they start again in ${retryAfter} s (at ${new Date(allowance.resetAt).toISOString()}).`,
            extensions: {
              code: 'RATE_LIMITED',
              rateLimit: {
                limit: allowance.limit,
                remaining: 0,
                resetAt: new Date(allowance.resetAt).toISOString(),
              },
            },
          },
        ],
      });
  };

  const gate: RequestHandler = (req, res, next) => {
    const onBehalf = req.headers[ON_BEHALF_HEADER];
    const client = fromItself(req) && typeof onBehalf === 'string' ? onBehalf : clientOf(req);
    // Nothing after the gate sees who the client is but through CLIENT_HEADER.
    delete req.headers[ON_BEHALF_HEADER];
    delete req.headers[TOKEN_HEADER];
    delete req.headers[API_KEY_HEADER];
    if (client === null) {
      refuseUnknownKey(res);
      return;
    }
    const limit = limitOf(client);
    if (limiter.peek(client, limit).remaining === 0) {
      refuse(res, limiter.peek(client, limit));
      return;
    }
    const allowance = limiter.charge(client, 1, limit);
    req.headers[CLIENT_HEADER] = client;
    res.set(headersOf(allowance, now()));
    next();
  };

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart({ request }) {
      const client = request.http?.headers.get(CLIENT_HEADER);
      if (!client) return;
      return {
        async willSendResponse({ response }) {
          let cost = 0;
          if (response.body.kind === 'single') {
            const measured = (
              response.body.singleResult.extensions?.cost as { requested?: unknown }
            )?.requested;
            cost = typeof measured === 'number' ? measured : 0;
          }
          // The point the gate took counts towards the cost.
          const allowance = limiter.charge(client, Math.max(0, cost - 1), limitOf(client));
          for (const [name, value] of Object.entries(headersOf(allowance, now())))
            response.http.headers.set(name, value);
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            rateLimit: {
              limit: allowance.limit,
              cost: Math.max(1, cost),
              remaining: allowance.remaining,
              resetAt: new Date(allowance.resetAt).toISOString(),
            },
          };
        },
      };
    },
  };
  // An export asked with an unknown key is counted by its address.
  const onBehalfOf = (req: Request): Record<string, string> => ({
    [ON_BEHALF_HEADER]: clientOf(req) ?? socketClient(req),
    [TOKEN_HEADER]: token,
  });
  return { gate, plugin, onBehalfOf };
}
