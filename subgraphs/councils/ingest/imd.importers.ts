import { IMD_2025_DISTRICTS } from '../../kit/types/deprivation';
import { ImdEdition } from '../src/deprivation/imd-edition.enum';
import { deprivationImporter } from './deprivation.importer';
import { councilsImd2025Source as imd2025Source, imd2019Source } from '../src/sources';

export const imd2025Importer = deprivationImporter(imd2025Source, ImdEdition.IMD_2025, {
  rankedAmong: IMD_2025_DISTRICTS,
  code: 'lad24_code',
  name: 'lad24_name',
  rankOfAverageScore: 'imd_rank_of_average_score',
  averageScore: 'imd_average_score',
  proportionMostDeprived: 'imd_proportion_of_lsoas_in_most_deprived_10_percent_nationally',
  averageRank: 'imd_average_rank',
  rankOfAverageRank: 'imd_rank_of_average_rank',
});

export const imd2019Importer = deprivationImporter(imd2019Source, ImdEdition.IMD_2019, {
  rankedAmong: 317,
  code: 'lad19_code',
  rankOfAverageScore: 'imd_rank_of_average_score_derived',
  averageScore: 'imd_average_score',
  proportionMostDeprived: 'imd_proportion_lsoas_most_deprived_10_percent',
});
