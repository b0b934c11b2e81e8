import { sql } from 'kysely';
import { addedChangedRemoved, type ChangeView } from '../../kit/changes/change-view';

// What a funding load reports to the change feed. Keys of `data` are the API's field names.

const allocation: ChangeView = {
  name: 'allocation',
  entityType: 'Allocation',
  rows: sql`select id as record_key, id as entity_id, council_id, strategic_authority_id,
    jsonb_build_object('programmeId', programme_id, 'recipientName', recipient_name,
      'boardId', board_id, 'amount', amount_gbp, 'basis', upper(basis::text),
      'financialYears', financial_years, 'announcedOn', announced_on,
      'confidence', upper(confidence::text)) as data
    from funding.allocation`,
  kind: addedChangedRemoved('ALLOCATION_ADDED', 'ALLOCATION_CHANGED', 'ALLOCATION_REMOVED'),
};

const grant: ChangeView = {
  name: 'grant',
  entityType: 'Grant',
  rows: sql`select id as record_key, id as entity_id, council_id, null::text as strategic_authority_id,
    jsonb_build_object('title', title, 'amount', amount_gbp, 'awardDate', award_date,
      'recipientName', recipient_org_name, 'fundingOrgName', funding_org_name,
      'programmeId', programme_id) as data
    from funding.grant_award`,
  kind: addedChangedRemoved('GRANT_ADDED', 'GRANT_CHANGED', 'GRANT_REMOVED'),
};

export const fundingChangeViews: ChangeView[] = [allocation, grant];
