import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { BoardLegalForm, BoardPhase, BoardStatus } from './board.enums';
import type { Nation, Region } from '../../../kit/types/geography.enums';
import type { Confidence } from '../../../kit/types/confidence.enum';

/** One Pride in Place place and its Neighbourhood Board (`neighbourhood_boards.board`). */
export interface BoardTable extends LoadedColumns {
  /** The place slug from the places file (`p1-accrington`). */
  id: string;
  place_name: string;
  phase: BoardPhase;
  /** Programmes the place passed through, oldest first. */
  programme_history: string[];
  announced_on: string;
  /** GSS code of the accountable council: the `Council` key. */
  council_id: string;
  council_code: string;
  council_name_in_source: string;
  council_official_name: string;
  nation: Nation;
  region: Region | null;
  /** numeric(14,2): pg returns it as a string, so it stays exact. */
  funding_cap_gbp: string;
  funding_period_years: number;
  verification: string;
  name_confidence: Confidence;
  council_confidence: Confidence;
  citation_ids: string[];
  notes: string | null;
}

/** `board_current`: a board with its status today (see the migration). Read-only. */
export interface BoardCurrentView extends BoardTable {
  status: BoardStatus;
  status_since: string;
  legal_form: BoardLegalForm;
  owner_organisation_id: string | null;
  status_recorded: boolean;
}

/** What `toBoard` maps and the loaders key on; not `council_official_name` or `loaded_by_run`, which no field returns. Rows are typed by this list, so a mapper reading a column left out fails to compile. */
export const BOARD_COLUMNS = [
  'id',
  'place_name',
  'phase',
  'programme_history',
  'announced_on',
  'council_id',
  'council_code',
  'council_name_in_source',
  'nation',
  'region',
  'funding_cap_gbp',
  'funding_period_years',
  'verification',
  'name_confidence',
  'council_confidence',
  'citation_ids',
  'notes',
  'status',
  'status_since',
  'legal_form',
  'owner_organisation_id',
  'status_recorded',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof BoardCurrentView)[];
