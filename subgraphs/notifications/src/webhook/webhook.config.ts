import { onOff, positiveInt, readConfig } from '../../../../platform/config';

/** How webhooks are accepted and delivered; read once, at start (`WEBHOOK_*`). */
export interface WebhookConfig {
  /**
   * Accept `http:` URLs and deliver to loopback, private and link-local addresses. Off in
   * production: a subscription must not make this server call into its own network.
   */
  allowPrivateUrls: boolean;
  /** How often the worker looks for deliveries due. */
  pollMs: number;
  /** The wait after a first failed attempt; doubled after each further one, up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** A delivery still failing this long after its change was recorded is given up. */
  giveUpAfterMs: number;
  /** Deliveries given up in a row after which a subscription is paused. */
  pauseAfterFailures: number;
  /** How long a receiver has to answer. */
  timeoutMs: number;
  /** Active or paused subscriptions one API key may hold. */
  maxPerKey: number;
}

export function readWebhookConfig(env: NodeJS.ProcessEnv = process.env): WebhookConfig {
  const c = readConfig(
    {
      WEBHOOK_ALLOW_PRIVATE_URLS: onOff(false),
      WEBHOOK_POLL_MS: positiveInt(1_000),
      WEBHOOK_RETRY_BASE_MS: positiveInt(10_000),
      WEBHOOK_RETRY_MAX_MS: positiveInt(3_600_000),
      WEBHOOK_GIVE_UP_AFTER_MS: positiveInt(24 * 3_600_000),
      WEBHOOK_PAUSE_AFTER_FAILURES: positiveInt(3),
      WEBHOOK_TIMEOUT_MS: positiveInt(10_000),
      WEBHOOK_MAX_PER_KEY: positiveInt(20),
    },
    env,
  );
  return {
    allowPrivateUrls: c.WEBHOOK_ALLOW_PRIVATE_URLS,
    pollMs: c.WEBHOOK_POLL_MS,
    retryBaseMs: c.WEBHOOK_RETRY_BASE_MS,
    retryMaxMs: c.WEBHOOK_RETRY_MAX_MS,
    giveUpAfterMs: c.WEBHOOK_GIVE_UP_AFTER_MS,
    pauseAfterFailures: c.WEBHOOK_PAUSE_AFTER_FAILURES,
    timeoutMs: c.WEBHOOK_TIMEOUT_MS,
    maxPerKey: c.WEBHOOK_MAX_PER_KEY,
  };
}
