import { sql } from 'kysely';
import { addedChangedRemoved, type ChangeView } from '../../kit/changes/change-view';

// What a councils load reports to the change feed. Keys of `data` are the API's field names.

const council: ChangeView = {
  name: 'council',
  entityType: 'Council',
  rows: sql`select id as record_key, id as entity_id, id as council_id,
    strategic_authority_code as strategic_authority_id,
    jsonb_build_object('name', name, 'officialName', official_name, 'kind', upper(kind::text),
      'region', upper(region::text), 'strategicAuthorityId', strategic_authority_code,
      'population', population, 'active', active, 'endDate', end_date,
      'replacedByCodes', replaced_by_codes) as data
    from councils.council`,
  kind: addedChangedRemoved('COUNCIL_ADDED', 'COUNCIL_CHANGED', 'COUNCIL_REMOVED'),
};

export const councilsChangeViews: ChangeView[] = [council];
