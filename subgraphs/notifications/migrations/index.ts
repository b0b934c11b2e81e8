import type { Migrations } from '../../../platform/db/migrator';
import * as initial from './2026-12-05T00-initial';

/** Every migration of the `notifications` schema, by name; names sort in the order they run. */
export const migrations: Migrations = {
  '2026-12-05T00-initial': initial,
};
