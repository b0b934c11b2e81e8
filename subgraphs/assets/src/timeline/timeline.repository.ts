import type { Kysely, Selectable } from 'kysely';
import type { AssetsDatabase } from '../database';
import type { AssetPeriodTable } from './timeline.table';

export const findPeriodsByAssetIds = (
  db: Kysely<AssetsDatabase>,
  ids: readonly string[],
): Promise<Selectable<AssetPeriodTable>[]> =>
  db
    .selectFrom('asset_period')
    .selectAll()
    .where('asset_id', 'in', ids)
    .orderBy('starts_on')
    .execute();
