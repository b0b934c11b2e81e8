import type { Currency } from '../../../kit/types/currency.enum';
import { toMoney } from '../../../kit/types/money.type';
import type { GrantLinkRow, GrantRow } from '../database';
import type { GrantAssetLink } from './grant-link.type';
import type { Grant } from './grant.type';

export function toGrant(row: GrantRow): Grant {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    currency: row.currency as Currency,
    amountAwarded: row.amount_gbp === null ? null : toMoney(row.amount_gbp),
    amountNote: row.amount_note,
    awardDate: row.award_date,
    financialYear: row.financial_year,
    recipientOrganisation: {
      identifier: row.recipient_org_identifier,
      name: row.recipient_org_name,
    },
    fundingOrganisation: { identifier: row.funding_org_identifier, name: row.funding_org_name },
    beneficiaryLocation:
      row.council_id === null
        ? null
        : {
            geographicCode: row.council_id,
            council: { id: row.council_id },
            confidence: row.council_confidence,
          },
    plannedDates: { startDate: row.planned_start, endDate: row.planned_end },
    programmeTitle: row.programme_title,
    round: row.round,
    window: row.award_window,
    citedDocumentIds: row.citation_ids,
    notes: row.notes,
    programmeId: row.programme_id,
    sourceId: row.source_id,
    loadedAt: row.valid_from,
  };
}

export const toGrantAssetLink = (row: GrantLinkRow): GrantAssetLink => ({
  asset: { id: row.target_id },
  confidence: row.confidence,
  reason: row.reason,
  evidenceUrl: row.evidence_url,
});
