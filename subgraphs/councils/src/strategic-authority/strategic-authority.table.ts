import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { StrategicAuthorityKind } from './strategic-authority.enums';
import type { Region } from '../../../kit/types/geography.enums';

export interface StrategicAuthorityTable extends LoadedColumns {
  id: string;
  gss_code: string | null;
  name: string;
  kind: StrategicAuthorityKind;
  region: Region | null;
  start_date: string | null;
  member_codes_in_source: string[];
  notes: string | null;
}

/** What `toStrategicAuthority` maps; not `loaded_by_run` (bookkeeping). */
export const STRATEGIC_AUTHORITY_COLUMNS = [
  'id',
  'gss_code',
  'name',
  'kind',
  'region',
  'start_date',
  'member_codes_in_source',
  'notes',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof StrategicAuthorityTable)[];
