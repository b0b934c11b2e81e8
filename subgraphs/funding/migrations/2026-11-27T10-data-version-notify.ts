import type { Kysely } from 'kysely';
import {
  createDataVersionNotify,
  dropDataVersionNotify,
} from '../../../platform/data-version/notify.migration';

// Frozen. Every committed load announces itself (NOTIFY), so the service can push its data
// version to the gateway instead of the gateway asking on every request (platform/data-version/).

export async function up(db: Kysely<unknown>): Promise<void> {
  await createDataVersionNotify(db, 'funding');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropDataVersionNotify(db, 'funding');
}
