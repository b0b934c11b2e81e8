import 'reflect-metadata';
import type { SubgraphModule } from '../kit/service/module';
import { notificationsImporters } from './ingest';
import { changeRecorder } from './ingest/change.recorder';
import { migrations } from './migrations';
import type { NotificationsContext } from './src/context';
import { NOTIFICATIONS_SCHEMA, type NotificationsDatabase } from './src/database';
import { buildNotificationsSchema } from './src/schema';
import { notificationsSources } from './src/sources';

/**
 * The change feed (`changes`). Registered last: it records what every other subgraph's load
 * changed, in the same import, and reads none of their tables.
 */
export const notificationsModule: SubgraphModule<NotificationsDatabase, NotificationsContext> = {
  name: 'notifications',
  schema: NOTIFICATIONS_SCHEMA,
  defaultPort: 4005,
  migrations,
  importers: notificationsImporters,
  sources: notificationsSources,
  buildSchema: buildNotificationsSchema,
  createContext: (db, scope) => ({ db, scope }),
  recordChanges: changeRecorder,
};
