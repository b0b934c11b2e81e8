import { toProvenance, toSource } from '../../../kit/types/source.type';
import { sourceById } from '../sources';
import type { DeprivationRow } from '../database';
import { ImdEdition } from './imd-edition.enum';
import type { Deprivation } from './deprivation.type';

const DERIVATION: Record<ImdEdition, string> = {
  [ImdEdition.IMD_2025]: 'decile computed by this API from the rank of average score',
  [ImdEdition.IMD_2019]:
    'rank of average score computed by the compiler of the file from the published score; decile computed by this API from that rank',
};

export const toDeprivation = (row: DeprivationRow): Deprivation => ({
  edition: row.edition,
  areaCode: row.area_code,
  rankOfAverageScore: row.rank_of_average_score,
  averageScore: row.average_score,
  rankedAmong: row.ranked_among,
  decile: row.decile,
  rankOfAverageRank: row.rank_of_average_rank,
  proportionInMostDeprived10Percent: row.proportion_most_deprived_10pct,
  source: toSource(sourceById(row.source_id)),
  provenance: toProvenance({
    loadedAt: row.valid_from,
    derivation: DERIVATION[row.edition],
  }),
});
