import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { AllocationBasis, CapitalOrRevenue, RecipientKind } from './allocation.enums';
import type { Confidence } from '../../../kit/types/confidence.enum';

/** A programme's money to a council, strategic authority or board (`funding.allocation`). */
export interface AllocationTable extends LoadedColumns {
  id: string;
  programme_id: string;
  recipient_kind: RecipientKind;
  /** GSS code of the council the money is for (a board's accountable council). */
  council_id: string | null;
  strategic_authority_id: string | null;
  board_id: string | null;
  recipient_name: string;
  /** numeric(14,2) as a string; null where the source gives no figure. */
  amount_gbp: string | null;
  basis: AllocationBasis;
  capital_or_revenue: CapitalOrRevenue | null;
  financial_years: string[];
  period_years: number | null;
  first_tranche_gbp: string | null;
  first_tranche_year: string | null;
  first_tranche_note: string | null;
  announced_on: string | null;
  /** Financial year of `announced_on` (`2025-26`). */
  financial_year: string | null;
  confidence: Confidence;
  verification: string;
  evidence: string | null;
  citation_ids: string[];
  notes: string | null;
}

/** What `toAllocation` maps and the loaders key on; not `loaded_by_run` (bookkeeping). */
export const ALLOCATION_COLUMNS = [
  'id',
  'programme_id',
  'recipient_kind',
  'council_id',
  'strategic_authority_id',
  'board_id',
  'recipient_name',
  'amount_gbp',
  'basis',
  'capital_or_revenue',
  'financial_years',
  'period_years',
  'first_tranche_gbp',
  'first_tranche_year',
  'first_tranche_note',
  'announced_on',
  'financial_year',
  'confidence',
  'verification',
  'evidence',
  'citation_ids',
  'notes',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof AllocationTable)[];
