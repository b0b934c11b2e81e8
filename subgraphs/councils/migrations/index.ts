import type { Migrations } from '../../../platform/db/migrator';
import * as initial from './2026-11-26T00-initial';
import * as dataVersionNotify from './2026-11-27T10-data-version-notify';
import * as geography from './2026-12-04T00-geography';
import * as devolution from './2026-12-04T01-strategic-authority-devolution';

/** Every migration of the `councils` schema, by name; names sort in the order they run. */
export const migrations: Migrations = {
  '2026-11-26T00-initial': initial,
  '2026-11-27T10-data-version-notify': dataVersionNotify,
  '2026-12-04T00-geography': geography,
  '2026-12-04T01-strategic-authority-devolution': devolution,
};
