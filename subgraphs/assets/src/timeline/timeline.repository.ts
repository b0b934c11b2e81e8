import type { Kysely } from 'kysely';
import type { AssetPeriodRow, AssetsDatabase } from '../database';
import { ASSET_PERIOD_COLUMNS } from './timeline.table';

export const findPeriodsByAssetIds = (
  db: Kysely<AssetsDatabase>,
  ids: readonly string[],
): Promise<AssetPeriodRow[]> =>
  db
    .selectFrom('asset_period')
    .select(ASSET_PERIOD_COLUMNS)
    .where('asset_id', 'in', ids)
    .orderBy('starts_on')
    .execute();
