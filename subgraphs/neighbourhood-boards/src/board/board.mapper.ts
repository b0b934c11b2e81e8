import { Confidence } from '../../../kit/types/confidence.enum';
import { toMoney } from '../../../kit/types/money.type';
import type { BoardRow } from '../database';
import { BoardStatus } from './board.enums';
import type { NeighbourhoodBoard } from './board.type';

const FUNDING_BASIS =
  'Programme rule: up to this amount over the period. No per-place allocation schedule has been published, so this is a cap, not an allocation.';

export function toBoard(row: BoardRow): NeighbourhoodBoard {
  const nameConfidence = row.name_confidence;
  return {
    id: row.id,
    placeName: row.place_name,
    councilCode: row.council_code,
    councilNameInSource: row.council_name_in_source,
    nation: row.nation,
    region: row.region,
    phase: row.phase,
    programme: row.programme_history[row.programme_history.length - 1],
    programmeHistory: row.programme_history,
    announcedOn: row.announced_on,
    fundingCap: {
      total: toMoney(row.funding_cap_gbp),
      periodYears: row.funding_period_years,
      basis: FUNDING_BASIS,
    },
    status: row.status,
    statusSince: row.status_since,
    legalForm: row.legal_form,
    trust: {
      placeName: nameConfidence,
      council: row.council_confidence,
      fundingCap: Confidence.OFFICIAL,
      status: row.status_recorded ? Confidence.COMPILED : nameConfidence,
      verification: row.verification,
    },
    notes: row.notes,
    councilId: row.council_id,
    citationIds: row.citation_ids,
    // A status change may name a partner body; only a community-owned board has an owner.
    ownerOrganisationId:
      row.status === BoardStatus.COMMUNITY_OWNED ? row.owner_organisation_id : null,
    sourceId: row.source_id,
    loadedAt: row.valid_from,
  };
}
