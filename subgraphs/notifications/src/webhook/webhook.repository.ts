import { sql, type Kysely, type Selectable } from 'kysely';
import type { NotificationsDatabase } from '../database';
import type { ChangeRow } from '../change/change.repository';
import type { StoredFilter } from '../change/change-match';
import type { WebhookDeliveryTable, WebhookSubscriptionTable } from './webhook.table';

export type SubscriptionRow = Selectable<WebhookSubscriptionTable>;
export type DeliveryRow = Selectable<WebhookDeliveryTable> & { change: ChangeRow };

export async function insertSubscription(
  db: Kysely<NotificationsDatabase>,
  row: { id: string; apiKeyId: string; url: string; secret: string; filter: StoredFilter },
  now: Date,
): Promise<SubscriptionRow> {
  return db
    .insertInto('webhook_subscription')
    .values({
      id: row.id,
      api_key_id: row.apiKeyId,
      url: row.url,
      secret: row.secret,
      ...row.filter,
      status: 'active',
      paused_reason: null,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A key's subscriptions (removed ones too, when asked), oldest first. */
export function findSubscriptions(
  db: Kysely<NotificationsDatabase>,
  apiKeyId: string,
  includeRemoved: boolean,
): Promise<SubscriptionRow[]> {
  let query = db.selectFrom('webhook_subscription').selectAll().where('api_key_id', '=', apiKeyId);
  if (!includeRemoved) query = query.where('status', '<>', 'removed');
  return query.orderBy('created_at').orderBy('id').execute();
}

export async function countLiveSubscriptions(
  db: Kysely<NotificationsDatabase>,
  apiKeyId: string,
): Promise<number> {
  const { count } = await db
    .selectFrom('webhook_subscription')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('api_key_id', '=', apiKeyId)
    .where('status', '<>', 'removed')
    .executeTakeFirstOrThrow();
  return Number(count);
}

export function findOwnSubscription(
  db: Kysely<NotificationsDatabase>,
  apiKeyId: string,
  id: string,
): Promise<SubscriptionRow | undefined> {
  return db
    .selectFrom('webhook_subscription')
    .selectAll()
    .where('api_key_id', '=', apiKeyId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Marks it removed and cancels what it had pending, in one transaction. */
export function removeSubscription(
  db: Kysely<NotificationsDatabase>,
  id: string,
  now: Date,
): Promise<SubscriptionRow> {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('webhook_delivery')
      .set({ status: 'cancelled' })
      .where('subscription_id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    return trx
      .updateTable('webhook_subscription')
      .set({ status: 'removed', paused_reason: null, updated_at: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** Active again, its count of failures reset and what it had pending due now. */
export function resumeSubscription(
  db: Kysely<NotificationsDatabase>,
  id: string,
  now: Date,
): Promise<SubscriptionRow> {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('webhook_delivery')
      .set({ next_attempt_at: now })
      .where('subscription_id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    return trx
      .updateTable('webhook_subscription')
      .set({ status: 'active', paused_reason: null, failed_deliveries: 0, updated_at: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** A page of a subscription's deliveries with their changes, newest first, before `beforeId`. */
export async function listDeliveries(
  db: Kysely<NotificationsDatabase>,
  subscriptionId: string,
  status: string | null,
  beforeId: string | null,
  limit: number,
): Promise<DeliveryRow[]> {
  let query = db
    .selectFrom('webhook_delivery as d')
    .innerJoin('change as c', 'c.seq', 'd.change_seq')
    .selectAll('d')
    .select(sql<ChangeRow>`to_jsonb(c)`.as('change'))
    .where('d.subscription_id', '=', subscriptionId);
  if (status) query = query.where('d.status', '=', status as never);
  if (beforeId) query = query.where('d.id', '<', beforeId);
  const rows = await query.orderBy('d.id', 'desc').limit(limit).execute();
  // `to_jsonb` gives the change's timestamp as text.
  return rows.map((row) => ({
    ...row,
    change: { ...row.change, recorded_at: new Date(row.change.recorded_at) },
  }));
}
