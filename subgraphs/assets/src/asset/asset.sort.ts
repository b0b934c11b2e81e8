import type { RowOrdering } from '../../../kit/list/sorted-rows';
import type { AssetRow } from '../database';
import { AssetOrderField } from './asset.enums';

/** `AssetOrder` for a short list of assets in memory (an organisation's), as SQL orders the long ones. */
export const ASSET_ROW_ORDERING: RowOrdering<AssetRow, AssetOrderField> = {
  fields: { [AssetOrderField.NAME]: (row) => row.name, [AssetOrderField.ID]: null },
  key: (row) => row.id,
};
