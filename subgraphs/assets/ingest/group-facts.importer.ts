import type { AssetsDatabase } from '../src/database';
import {
  authorityDevolutionImporter,
  councilDeprivationImporter,
} from '../../kit/compare/group-facts.importer';
import { unknownReferences } from '../../kit/ingest/references';
import { assetsDevolutionSource, assetsImd2025Source } from '../src/sources';

/** Each district's IMD 2025 rank and decile, for grouping assets by decile. */
export const assetsDeprivationImporter = councilDeprivationImporter<AssetsDatabase>(
  assetsImd2025Source,
  (db, records, file) =>
    unknownReferences(file, records, {
      column: 'lad24_code',
      valueOf: (row) => row.lad24_code,
      existing: async (codes) =>
        (
          await db
            .selectFrom('listing_authority')
            .select('gss_code')
            .where('gss_code', 'in', codes)
            .execute()
        ).flatMap((row) => (row.gss_code === null ? [] : [row.gss_code])),
      reason: (code) => `"${code}" is not a council in uk_local_authorities.csv`,
    }),
);

/** Whether each strategic authority has a mayor, for grouping assets by `MAYORAL`. */
export const assetsDevolutionImporter =
  authorityDevolutionImporter<AssetsDatabase>(assetsDevolutionSource);
