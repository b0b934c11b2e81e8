import type { LoadedColumns } from '../../../kit/ingest/tables';

export interface DeprivationTable extends LoadedColumns {
  edition: string;
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
