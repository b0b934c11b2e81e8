import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries a delivery's signature: `t=<unix seconds>,v1=<hex>`. */
export const SIGNATURE_HEADER = 'x-cpg-signature';

const digest = (secret: string, timestamp: number, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

/**
 * The signature of a delivery: HMAC-SHA256, keyed by the subscription's secret, over the
 * timestamp, a dot and the exact body bytes; the timestamp is in the header, so a receiver can
 * refuse an old delivery replayed.
 */
export const signatureOf = (secret: string, body: string, timestamp: number): string =>
  `t=${timestamp},v1=${digest(secret, timestamp, body)}`;

/**
 * What a receiver runs (documented in the README): true when `header` signs `body` with
 * `secret` and is at most `toleranceSeconds` old.
 */
export function verifySignature(
  secret: string,
  body: string,
  header: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const timestamp = Number(match[1]);
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(digest(secret, timestamp, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2], 'hex'));
}
