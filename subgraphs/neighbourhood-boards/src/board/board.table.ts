import type { LoadedColumns } from '../../../kit/ingest/tables';

/** One Pride in Place place and its Neighbourhood Board (`neighbourhood_boards.board`). */
export interface BoardTable extends LoadedColumns {
  /** The place slug from the places file (`p1-accrington`). */
  id: string;
  place_name: string;
  phase: string;
  /** Programmes the place passed through, oldest first. */
  programme_history: string[];
  announced_on: string;
  /** GSS code of the accountable council: the `Council` key. */
  council_id: string;
  council_code: string;
  council_name_in_source: string;
  council_official_name: string;
  nation: string;
  region: string | null;
  /** numeric(14,2): pg returns it as a string, so it stays exact. */
  funding_cap_gbp: string;
  funding_period_years: number;
  verification: string;
  name_confidence: string;
  council_confidence: string;
  citation_ids: string[];
  notes: string | null;
}

/** `board_current`: a board with its status today (see the migration). Read-only. */
export interface BoardCurrentView extends BoardTable {
  status: string;
  status_since: string;
  legal_form: string;
  owner_organisation_id: string | null;
  status_recorded: boolean;
}
