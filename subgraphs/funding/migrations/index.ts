import type { Migrations } from '../../../platform/db/migrator';
import * as initial from './2026-11-27T00-initial';
import * as dataVersionNotify from './2026-11-27T10-data-version-notify';
import * as councilFactGroups from './2026-12-04T00-council-fact-groups';
import * as authorityDevolution from './2026-12-04T01-authority-devolution';

/** Every migration of the `funding` schema, by name; names sort in the order they run. */
export const migrations: Migrations = {
  '2026-11-27T00-initial': initial,
  '2026-11-27T10-data-version-notify': dataVersionNotify,
  '2026-12-04T00-council-fact-groups': councilFactGroups,
  '2026-12-04T01-authority-devolution': authorityDevolution,
};
