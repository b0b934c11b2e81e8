import type { LoadedColumns } from '../../../kit/ingest/tables';

export interface StrategicAuthorityTable extends LoadedColumns {
  id: string;
  gss_code: string | null;
  name: string;
  kind: string;
  region: string | null;
  start_date: string | null;
  member_codes_in_source: string[];
  notes: string | null;
}
