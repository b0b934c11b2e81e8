import type { Migrations } from '../../../platform/db/migrator';
import * as initial from './2026-11-27T00-initial';
import * as scale from './2026-11-27T01-scale';
import * as dataVersionNotify from './2026-11-27T10-data-version-notify';
import * as ownerOrganisation from './2026-12-04T00-asset-owner-organisation';
import * as assetLocation from './2026-12-04T01-asset-location';
import * as listingAuthorityFacts from './2026-12-04T02-listing-authority-facts';
import * as groupFacts from './2026-12-04T03-group-facts';
import * as gssUnique from './2026-12-04T04-listing-authority-gss-unique';

/** Every migration of the `assets` schema, by name; names sort in the order they run. */
export const migrations: Migrations = {
  '2026-11-27T00-initial': initial,
  '2026-11-27T01-scale': scale,
  '2026-11-27T10-data-version-notify': dataVersionNotify,
  '2026-12-04T00-asset-owner-organisation': ownerOrganisation,
  '2026-12-04T01-asset-location': assetLocation,
  '2026-12-04T02-listing-authority-facts': listingAuthorityFacts,
  '2026-12-04T03-group-facts': groupFacts,
  '2026-12-04T04-listing-authority-gss-unique': gssUnique,
};
