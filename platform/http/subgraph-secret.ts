import { timingSafeEqual, createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

export const SHARED_SECRET_HEADER = 'x-subgraph-secret';

// Hashing first gives equal lengths, so the comparison takes the same time whatever is sent.
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Lets through only requests carrying the gateway's secret, before anything else runs (body
 * parsing, `_service`, `_entities`, any operation): 401 when the header is missing, 403 when it is
 * wrong, JSON either way.
 */
export function requireSharedSecret(secret: string): RequestHandler {
  const expected = digest(secret);
  return (req, res, next) => {
    const sent = req.get(SHARED_SECRET_HEADER);
    if (sent !== undefined && timingSafeEqual(digest(sent), expected)) {
      next();
      return;
    }
    const missing = sent === undefined;
    res.status(missing ? 401 : 403).json({
      errors: [
        {
          message: missing
            ? 'This subgraph only answers its gateway: the gateway secret is missing'
            : 'This subgraph only answers its gateway: the gateway secret is wrong',
          extensions: { code: missing ? 'UNAUTHENTICATED' : 'FORBIDDEN' },
        },
      ],
    });
  };
}
