import 'reflect-metadata';
import type { SubgraphModule } from '../kit/service/module';
import { notificationsImporters } from './ingest';
import { changeRecorder } from './ingest/change.recorder';
import { migrations } from './migrations';
import type { NotificationsContext } from './src/context';
import { NOTIFICATIONS_SCHEMA, type NotificationsDatabase } from './src/database';
import { buildNotificationsSchema } from './src/schema';
import { notificationsSources } from './src/sources';
import { startDeliveryWorker } from './src/webhook/delivery.worker';
import { readWebhookConfig, type WebhookConfig } from './src/webhook/webhook.config';

/**
 * The change feed (`changes`) and its webhooks. Registered last: it records what every other
 * subgraph's load changed, in the same import, and reads none of their tables. `webhooks` is
 * read once, when the service starts (default: `WEBHOOK_*` of the environment).
 */
export function createNotificationsModule(
  webhooks: () => WebhookConfig = () => readWebhookConfig(process.env),
): SubgraphModule<NotificationsDatabase, NotificationsContext> {
  let config: WebhookConfig | undefined;
  const configOnce = () => (config ??= webhooks());
  return {
    name: 'notifications',
    schema: NOTIFICATIONS_SCHEMA,
    defaultPort: 4005,
    migrations,
    importers: notificationsImporters,
    sources: notificationsSources,
    buildSchema: buildNotificationsSchema,
    createContext: (db, scope) => ({ db, scope, webhooks: configOnce() }),
    recordChanges: changeRecorder,
    background: (db, logger) => startDeliveryWorker(db, logger, configOnce()),
  };
}

export const notificationsModule = createNotificationsModule();
