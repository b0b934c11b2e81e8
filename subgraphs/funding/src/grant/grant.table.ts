import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { Currency } from '../../../kit/types/currency.enum';
import type { Confidence } from '../../../kit/types/confidence.enum';

/** One grant, shaped by the 360Giving data standard (`funding.grant_award`). */
export interface GrantTable extends LoadedColumns {
  /** 360Giving `Identifier`. */
  id: string;
  title: string;
  description: string | null;
  currency: Currency;
  /** numeric(14,2) as a string; null where the source gives no exact figure. */
  amount_gbp: string | null;
  amount_note: string | null;
  award_date: string | null;
  financial_year: string | null;
  recipient_org_identifier: string | null;
  recipient_org_name: string | null;
  funding_org_identifier: string | null;
  funding_org_name: string;
  /** GSS code of the beneficiary location, when it is a council area. */
  council_id: string | null;
  council_confidence: Confidence | null;
  planned_start: string | null;
  planned_end: string | null;
  programme_id: string | null;
  programme_title: string | null;
  round: string | null;
  award_window: string | null;
  citation_ids: string[];
  notes: string | null;
}

/** One documented link from a grant to an Asset or an Organisation (`funding.grant_link`). */
export interface GrantLinkTable extends LoadedColumns {
  grant_id: string;
  target_type: 'asset' | 'organisation';
  target_id: string;
  confidence: Confidence;
  reason: string;
  evidence_url: string | null;
}

/** What `toGrant` maps and the loaders key on; not `loaded_by_run` (bookkeeping). */
export const GRANT_COLUMNS = [
  'id',
  'title',
  'description',
  'currency',
  'amount_gbp',
  'amount_note',
  'award_date',
  'financial_year',
  'recipient_org_identifier',
  'recipient_org_name',
  'funding_org_identifier',
  'funding_org_name',
  'council_id',
  'council_confidence',
  'planned_start',
  'planned_end',
  'programme_id',
  'programme_title',
  'round',
  'award_window',
  'citation_ids',
  'notes',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof GrantTable)[];

/** What `toGrantAssetLink` maps and the loaders key on; not the link's own provenance columns, which no field returns. */
export const GRANT_LINK_COLUMNS = [
  'grant_id',
  'target_type',
  'target_id',
  'confidence',
  'reason',
  'evidence_url',
] as const satisfies readonly (keyof GrantLinkTable)[];
