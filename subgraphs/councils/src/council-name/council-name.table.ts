import type { LoadedColumns } from '../../../kit/ingest/tables';

export interface CouncilNameTable extends LoadedColumns {
  name: string;
  council_code: string;
  normalised_name: string;
}
