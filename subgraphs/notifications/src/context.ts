import type { Kysely } from 'kysely';
import type { RequestScope } from '../../kit/service/module';
import type { NotificationsDatabase } from './database';

export interface NotificationsContext {
  db: Kysely<NotificationsDatabase>;
  scope: RequestScope;
}
