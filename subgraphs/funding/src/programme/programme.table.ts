import type { LoadedColumns } from '../../../kit/ingest/tables';

/** One funding programme and its headline rules (`funding.programme`). */
export interface ProgrammeTable extends LoadedColumns {
  /** `programme_id` of the programmes file (`PIPIF`). */
  id: string;
  name: string;
  department: string;
  scope: string;
  places_expected: number | null;
  /** numeric(14,2): pg returns it as a string, so it stays exact. */
  max_per_place_gbp: string | null;
  period: string | null;
  total_budget_gbp: string | null;
  funding_type: string | null;
  key_dates: string | null;
  citation_ids: string[];
  notes: string | null;
}

/** What `toProgramme` maps; not `loaded_by_run` (bookkeeping). Rows are typed by this list, so a mapper reading a column left out fails to compile. */
export const PROGRAMME_COLUMNS = [
  'id',
  'name',
  'department',
  'scope',
  'places_expected',
  'max_per_place_gbp',
  'period',
  'total_budget_gbp',
  'funding_type',
  'key_dates',
  'citation_ids',
  'notes',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof ProgrammeTable)[];
