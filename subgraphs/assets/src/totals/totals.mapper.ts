import { groupKeysOf } from '../../../kit/compare/grouped-totals';
import type { CouncilKind } from '../../../kit/types/council-kind.enum';
import type { Region } from '../../../kit/types/geography.enums';
import type { AssetCategory, AssetStatus } from '../asset/asset.enums';
import { AssetGroupBy } from './totals.enums';
import type { AssetTotalRow } from './totals.repository';
import type { AssetTotal } from './totals.type';

export function toAssetTotal(row: AssetTotalRow, groupBy: readonly AssetGroupBy[]): AssetTotal {
  const keys = groupKeysOf(row, groupBy);
  const council = keys.text(AssetGroupBy.COUNCIL);
  const authority = keys.text(AssetGroupBy.STRATEGIC_AUTHORITY);
  const year = keys.text(AssetGroupBy.YEAR);
  const decile = keys.text(AssetGroupBy.IMD_2025_DECILE);
  return {
    key: keys.key,
    council: council === null ? null : { id: council },
    region: keys.text(AssetGroupBy.REGION) as Region | null,
    strategicAuthority: authority === null ? null : { id: authority },
    kind: keys.text(AssetGroupBy.KIND) as CouncilKind | null,
    mayoral: keys.flag(AssetGroupBy.MAYORAL),
    imd2025Decile: decile === null ? null : Number(decile),
    category: keys.text(AssetGroupBy.CATEGORY) as AssetCategory | null,
    status: keys.text(AssetGroupBy.STATUS) as AssetStatus | null,
    year: year === null ? null : Number(year),
    assets: row.assets,
    proposed: row.proposed,
    nominated: row.nominated,
    listed: row.listed,
    unsuccessful: row.unsuccessful,
    soldToCommunity: row.bought_by_community,
    soldOtherwise: row.sold,
    withdrawn: row.removed,
    lapsed: row.expired,
    moratoriaStarted: row.moratoria_started,
    medianDaysToOutcome: row.median_days_to_outcome,
    medianDaysToOutcomeOf: row.with_outcome_days,
    perResidents:
      row.population === null || row.assets_per_10k === null || row.listed_per_10k === null
        ? null
        : {
            population: Number(row.population),
            populationYear: row.population_year,
            assetsPer10k: row.assets_per_10k,
            listedPer10k: row.listed_per_10k,
          },
  };
}
