import type { Kysely } from 'kysely';
import type { RequestScope } from '../../kit/service/module';
import type { NotificationsDatabase } from './database';
import type { WebhookConfig } from './webhook/webhook.config';

export interface NotificationsContext {
  db: Kysely<NotificationsDatabase>;
  scope: RequestScope;
  webhooks: WebhookConfig;
}
