import { toMoney } from '../../../kit/types/money.type';
import type { AllocationRow } from '../database';
import type { Allocation } from './allocation.type';

export function toAllocation(row: AllocationRow): Allocation {
  return {
    id: row.id,
    recipientKind: row.recipient_kind,
    recipientName: row.recipient_name,
    amount: row.amount_gbp === null ? null : toMoney(row.amount_gbp),
    kind: row.basis,
    capitalOrRevenue: row.capital_or_revenue,
    financialYears: row.financial_years,
    periodYears: row.period_years,
    tranches:
      row.first_tranche_gbp !== null && row.first_tranche_year !== null
        ? [
            {
              financialYear: row.first_tranche_year,
              amount: toMoney(row.first_tranche_gbp),
              note: row.first_tranche_note ?? '',
            },
          ]
        : [],
    announcedOn: row.announced_on,
    financialYear: row.financial_year,
    trust: row.confidence,
    verification: row.verification,
    evidence: row.evidence,
    citedDocumentIds: row.citation_ids,
    notes: row.notes,
    programmeId: row.programme_id,
    councilId: row.council_id,
    strategicAuthorityId: row.strategic_authority_id,
    boardId: row.board_id,
    sourceId: row.source_id,
    loadedAt: row.valid_from,
  };
}
