import type { Migrations } from '../../kit/migrator';
import * as initial from './2026-11-26T00-initial';

/** Every migration of the `neighbourhood_boards` schema, by name; names sort in the order they run. */
export const migrations: Migrations = {
  '2026-11-26T00-initial': initial,
};
