import { sql } from 'kysely';
import { addedChangedRemoved, type ChangeView } from '../../kit/changes/change-view';

// What a boards load reports to the change feed. Keys of `data` are the API's field names.

const board: ChangeView = {
  name: 'board',
  entityType: 'NeighbourhoodBoard',
  rows: sql`select id as record_key, id as entity_id, council_id, null::text as strategic_authority_id,
    jsonb_build_object('placeName', place_name, 'phase', upper(phase::text),
      'fundingCap', funding_cap_gbp, 'councilId', council_id) as data
    from neighbourhood_boards.board`,
  kind: addedChangedRemoved('BOARD_ADDED', 'BOARD_CHANGED', 'BOARD_REMOVED'),
};

/**
 * A board's latest recorded status, whatever its day (not the status as of today, which moves
 * with the clock and not with a load): a load that records a new one reports it.
 */
const status: ChangeView = {
  name: 'board_status',
  entityType: 'NeighbourhoodBoard',
  rows: sql`select distinct on (s.board_id) s.board_id as record_key, s.board_id as entity_id,
    b.council_id, null::text as strategic_authority_id,
    jsonb_build_object('status', upper(s.status::text), 'since', s.since,
      'legalForm', upper(s.legal_form::text)) as data
    from neighbourhood_boards.board_status s join neighbourhood_boards.board b on b.id = s.board_id
    where s.body = 'neighbourhood_board'
    order by s.board_id, s.since desc, s.source_id`,
  kind: sql`case when a.record_key is null then null else 'BOARD_STATUS_CHANGED' end`,
};

const membership: ChangeView = {
  name: 'membership',
  entityType: 'NeighbourhoodBoard',
  rows: sql`select m.id as record_key, m.board_id as entity_id, b.council_id,
    null::text as strategic_authority_id,
    jsonb_build_object('membershipId', m.id, 'personName', m.person_name,
      'organisationId', m.organisation_id, 'role', upper(m.role::text), 'from', m.from_date,
      'to', m.to_date, 'body', upper(m.body::text)) as data
    from neighbourhood_boards.membership m join neighbourhood_boards.board b on b.id = m.board_id`,
  kind: sql`case when b.record_key is null then 'MEMBERSHIP_ADDED'
    when a.record_key is null then 'MEMBERSHIP_REMOVED'
    when a.data ->> 'to' is not null and b.data ->> 'to' is null then 'MEMBERSHIP_ENDED'
    else 'MEMBERSHIP_CHANGED' end`,
};

export const neighbourhoodBoardsChangeViews: ChangeView[] = [board, status, membership];
