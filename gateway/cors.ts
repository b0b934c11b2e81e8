import type { RequestHandler } from 'express';
import { z } from 'zod';

/** `*` (any origin) or the exact origins allowed, e.g. `https://a.example,https://b.example`. */
export type CorsOrigins = '*' | string[];

export const corsOrigins = z
  .string()
  .default('*')
  .transform((value, context): CorsOrigins => {
    const trimmed = value.trim();
    if (trimmed === '*') return '*';
    const origins = trimmed
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    for (const origin of origins) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (!parsed || parsed.origin !== origin) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          message: `"${origin}" is not an origin (scheme://host[:port], no path or trailing slash)`,
        });
      }
    }
    return origins;
  });

// What a browser may send: JSON bodies, and the headers that satisfy Apollo's CSRF prevention.
const ALLOWED_HEADERS = 'content-type, apollo-require-preflight, x-apollo-operation-name';

/**
 * CORS for the open, read-only API: any origin by default, or only the listed ones; never
 * credentials (there are no cookies or sessions to protect). A preflight `OPTIONS` is answered
 * here with 204; Apollo's CSRF prevention still refuses simple (non-preflighted) requests that
 * lack a JSON content type or `apollo-require-preflight`.
 */
export function cors(origins: CorsOrigins): RequestHandler {
  const allowed = origins === '*' ? undefined : new Set(origins);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (!allowed) {
      res.setHeader('Access-Control-Allow-Origin', '*');
    } else {
      res.append('Vary', 'Origin');
      if (origin && allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
    }
    if (req.method !== 'OPTIONS') {
      next();
      return;
    }
    // A preflight from an origin not on the list gets no allow headers: the browser refuses.
    if (!allowed || (origin && allowed.has(origin))) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.status(204).end();
  };
}
