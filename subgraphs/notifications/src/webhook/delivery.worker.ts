import { sql, type Kysely } from 'kysely';
import { Agent, request } from 'undici';
import type { Logger } from '../../../../platform/logger';
import type { BackgroundWork } from '../../../kit/service/module';
import type { NotificationsDatabase } from '../database';
import type { ChangeRow } from '../change/change.repository';
import { changePayload } from '../change/change.mapper';
import type { WebhookConfig } from './webhook.config';
import { guardedLookup } from './webhook-url';
import { SIGNATURE_HEADER, signatureOf } from './webhook-signature';

/** Subscriptions served at once per round. */
const BATCH = 8;
const ERROR_LENGTH = 300;

interface Claimed {
  id: string;
  subscription_id: string;
  attempts: number;
  created_at: Date;
  url: string;
  secret: string;
  failed_deliveries: number;
  change: ChangeRow;
}

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/**
 * Claims the earliest pending delivery of up to `BATCH` active subscriptions that is due, by
 * moving its next attempt past the time a send may take (a lease): another replica's worker
 * then passes it by, and should this process die mid-send the lease runs out and it is tried
 * again. Only a subscription's earliest pending delivery is ever due, so each receives its
 * changes in sequence order.
 */
async function claim(db: Kysely<NotificationsDatabase>, leaseMs: number): Promise<Claimed[]> {
  const { rows } = await sql<Claimed>`
    with heads as (
      select distinct on (d.subscription_id) d.id, d.next_attempt_at
      from notifications.webhook_delivery d
      join notifications.webhook_subscription s on s.id = d.subscription_id and s.status = 'active'
      where d.status = 'pending'
      order by d.subscription_id, d.change_seq
    ),
    picked as (
      update notifications.webhook_delivery w
      set next_attempt_at = now() + ${`${leaseMs} milliseconds`}::interval
      from (select id from heads where next_attempt_at <= now() order by next_attempt_at limit ${BATCH}) due
      where w.id = due.id and w.status = 'pending' and w.next_attempt_at <= now()
      returning w.id, w.subscription_id, w.attempts, w.created_at, w.change_seq
    )
    select p.id, p.subscription_id, p.attempts, p.created_at, s.url, s.secret,
           s.failed_deliveries, to_jsonb(c) as change
    from picked p
    join notifications.webhook_subscription s on s.id = p.subscription_id
    join notifications.change c on c.seq = p.change_seq`.execute(db);
  return rows.map((row) => ({
    ...row,
    change: { ...row.change, recorded_at: new Date(row.change.recorded_at) },
  }));
}

async function send(agent: Agent, delivery: Claimed, timeoutMs: number): Promise<Outcome> {
  const body = JSON.stringify({
    deliveryId: String(delivery.id),
    subscriptionId: delivery.subscription_id,
    change: changePayload(delivery.change),
  });
  try {
    const response = await request(delivery.url, {
      method: 'POST',
      dispatcher: agent,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'community-power-graph-webhooks/1',
        'x-cpg-delivery': String(delivery.id),
        'x-cpg-event': delivery.change.kind,
        [SIGNATURE_HEADER]: signatureOf(delivery.secret, body, Math.floor(Date.now() / 1000)),
      },
      body,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    // What the receiver says is not read: only its status counts.
    await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
    const status = response.statusCode;
    if (status >= 200 && status < 300) return { ok: true, status };
    return { ok: false, status, error: `the receiver answered ${status}` };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, status: null, error: text.slice(0, ERROR_LENGTH) };
  }
}

/** Records an attempt: delivered; or retried later; or given up, pausing a dead subscription. */
async function settle(
  db: Kysely<NotificationsDatabase>,
  delivery: Claimed,
  outcome: Outcome,
  config: WebhookConfig,
  now: Date,
): Promise<void> {
  const attempts = delivery.attempts + 1;
  await db.transaction().execute(async (trx) => {
    if (outcome.ok) {
      await trx
        .updateTable('webhook_delivery')
        .set({
          status: 'delivered',
          attempts,
          last_attempt_at: now,
          last_status_code: outcome.status,
          last_error: null,
          delivered_at: now,
        })
        .where('id', '=', delivery.id)
        .execute();
      await trx
        .updateTable('webhook_subscription')
        .set({ failed_deliveries: 0 })
        .where('id', '=', delivery.subscription_id)
        .execute();
      return;
    }
    const givenUp = now.getTime() - delivery.created_at.getTime() >= config.giveUpAfterMs;
    const wait = Math.min(config.retryMaxMs, config.retryBaseMs * 2 ** (attempts - 1));
    await trx
      .updateTable('webhook_delivery')
      .set({
        status: givenUp ? 'failed' : 'pending',
        attempts,
        last_attempt_at: now,
        last_status_code: outcome.status,
        last_error: outcome.error,
        next_attempt_at: new Date(now.getTime() + wait),
      })
      .where('id', '=', delivery.id)
      .execute();
    if (!givenUp) return;
    const failed = delivery.failed_deliveries + 1;
    const pause = failed >= config.pauseAfterFailures;
    await trx
      .updateTable('webhook_subscription')
      .set({
        failed_deliveries: failed,
        ...(pause
          ? {
              status: 'paused' as const,
              paused_reason: `${failed} deliveries in a row failed for ${Math.round(config.giveUpAfterMs / 3_600_000)} h; the last: ${outcome.error}`,
              updated_at: now,
            }
          : {}),
      })
      .where('id', '=', delivery.subscription_id)
      .execute();
  });
}

/**
 * The webhook delivery worker: every `pollMs`, sends what is due, round after round while there
 * is more, reading and writing only the outbox (`webhook_delivery`), so deliveries survive a
 * restart and replicas share the work.
 */
export function startDeliveryWorker(
  db: Kysely<NotificationsDatabase>,
  logger: Logger,
  config: WebhookConfig,
): BackgroundWork {
  const agent = new Agent({
    connect: { lookup: guardedLookup(config.allowPrivateUrls), timeout: config.timeoutMs },
    keepAliveTimeout: 4_000,
  });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const round = async (): Promise<number> => {
    const claimed = await claim(db, config.timeoutMs * 2 + 5_000);
    await Promise.all(
      claimed.map(async (delivery) => {
        const outcome = await send(agent, delivery, config.timeoutMs);
        await settle(db, delivery, outcome, config, new Date());
        if (!outcome.ok)
          logger.info(
            { delivery: delivery.id, subscription: delivery.subscription_id, error: outcome.error },
            'webhook delivery failed',
          );
      }),
    );
    return claimed.length;
  };
  const tick = async () => {
    try {
      while (!stopped && (await round()) > 0);
    } catch (error) {
      // The database may be away for a moment: the next tick tries again.
      logger.warn({ err: error }, 'webhook delivery round failed');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, config.pollMs);
    timer.unref();
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      await agent.close();
    },
  };
}
