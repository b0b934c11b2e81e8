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
