import type { IngestRunTable, RecordHistoryTable } from '../../kit/ingest/tables';
import type { ChangeTable } from './change/change.table';
import type { CouncilAuthorityTable } from './council/council-authority.table';
import type { WebhookDeliveryTable, WebhookSubscriptionTable } from './webhook/webhook.table';

/** The `notifications` Postgres schema as Kysely sees it. */
export interface NotificationsDatabase {
  council_authority: CouncilAuthorityTable;
  change: ChangeTable;
  webhook_subscription: WebhookSubscriptionTable;
  webhook_delivery: WebhookDeliveryTable;
  ingest_run: IngestRunTable;
  record_history: RecordHistoryTable;
}

export const NOTIFICATIONS_SCHEMA = 'notifications';
