import type { RequestHandler, Response } from 'express';
import { hashApiKey, type ApiKeyEntry } from '../platform/api-keys';
import { CALLER_KEY_HEADER } from '../platform/http/caller';

export const API_KEY_HEADER = 'x-api-key';

/** The answer to a request with a key the gateway does not know. */
export function refuseUnknownKey(res: Response): void {
  res.status(401).json({
    errors: [
      {
        message:
          'Unknown API key (x-api-key): send a key made by `npm run api-key`, or none to be served anonymously.',
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ],
  });
}

/**
 * Who a `/graphql` request is, whether or not fair use is on: the id of the API key it sent
 * (`x-api-key`), set on `CALLER_KEY_HEADER` for the context and the subgraphs (what webhook
 * subscriptions belong to); an unknown key is refused with 401. Whatever a client sent on that
 * header is dropped first.
 */
export function identifyCaller(apiKeys: readonly ApiKeyEntry[]): RequestHandler {
  const byHash = new Map(apiKeys.map((entry) => [entry.sha256, entry.id]));
  return (req, res, next) => {
    delete req.headers[CALLER_KEY_HEADER];
    const key = req.headers[API_KEY_HEADER];
    if (typeof key === 'string') {
      const id = byHash.get(hashApiKey(key));
      if (!id) {
        refuseUnknownKey(res);
        return;
      }
      req.headers[CALLER_KEY_HEADER] = id;
    }
    next();
  };
}
