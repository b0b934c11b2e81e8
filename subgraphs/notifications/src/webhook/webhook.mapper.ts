import type { ChangeKind, ChangeSource } from '../change/change.enums';
import { toChange } from '../change/change.mapper';
import type { WebhookDeliveryStatus, WebhookStatus } from './webhook.enums';
import type { DeliveryRow, SubscriptionRow } from './webhook.repository';
import { WebhookDelivery, WebhookSubscription } from './webhook.type';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toWebhookSubscription = (row: SubscriptionRow): WebhookSubscription =>
  Object.assign(new WebhookSubscription(), {
    id: row.id,
    url: row.url,
    filter: {
      councilIds: row.council_ids,
      strategicAuthorityIds: row.strategic_authority_ids,
      kinds: row.kinds as ChangeKind[] | null,
      sources: row.sources as ChangeSource[] | null,
    },
    status: row.status as WebhookStatus,
    pausedReason: row.paused_reason,
    failedDeliveries: row.failed_deliveries,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  });

export const toWebhookDelivery = (row: DeliveryRow): WebhookDelivery =>
  Object.assign(new WebhookDelivery(), {
    id: String(row.id),
    change: toChange(row.change),
    status: row.status as WebhookDeliveryStatus,
    attempts: row.attempts,
    createdAt: row.created_at.toISOString(),
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    lastAttemptAt: iso(row.last_attempt_at),
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    deliveredAt: iso(row.delivered_at),
  });
