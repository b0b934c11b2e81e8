import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { ImdEdition } from './imd-edition.enum';

export interface DeprivationTable extends LoadedColumns {
  edition: ImdEdition;
  council_id: string;
  area_code: string;
  area_name: string | null;
  rank_of_average_score: number;
  average_score: number;
  rank_of_average_rank: number | null;
  average_rank: number | null;
  proportion_most_deprived_10pct: number | null;
  ranked_among: number;
  decile: number;
}

/**
 * What `toDeprivation` maps, plus `council_id` (the loaders' key); not `area_name`,
 * `average_rank` or `loaded_by_run`, which no field returns.
 */
export const DEPRIVATION_COLUMNS = [
  'edition',
  'council_id',
  'area_code',
  'rank_of_average_score',
  'average_score',
  'rank_of_average_rank',
  'proportion_most_deprived_10pct',
  'ranked_among',
  'decile',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof DeprivationTable)[];
