import type { Generated } from 'kysely';

export type SubscriptionStatus = 'active' | 'paused' | 'removed';
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled';

/** A receiver of changes (`notifications.webhook_subscription`). */
export interface WebhookSubscriptionTable {
  id: string;
  /** The API key that made it: only that key sees, changes or removes it. */
  api_key_id: string;
  url: string;
  secret: string;
  council_ids: string[] | null;
  strategic_authority_ids: string[] | null;
  kinds: string[] | null;
  sources: string[] | null;
  status: SubscriptionStatus;
  paused_reason: string | null;
  failed_deliveries: Generated<number>;
  created_at: Date;
  updated_at: Date;
}

/** One change to send to one subscription: the outbox (`notifications.webhook_delivery`). */
export interface WebhookDeliveryTable {
  id: Generated<string>;
  subscription_id: string;
  change_seq: string;
  status: DeliveryStatus;
  attempts: Generated<number>;
  created_at: Date;
  next_attempt_at: Date;
  last_attempt_at: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
}
