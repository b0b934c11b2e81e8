import { sql, type Kysely } from 'kysely';

// Frozen: change these tables in a new migration.
//
// The board data compiled from council pages (December 2026) is weaker than the contributed
// format: a seat's start is rarely published, whom a member sits for is often not said, a person
// may sit for an organisation, and many records are of the place's earlier Town Board. So:
// a membership may have no start (it is then known from the day its source was read,
// `known_from`), no constituency, and a represented organisation; memberships and status changes
// say which body they belong to; a status change may leave the legal form unstated; and two
// files may record a change of one board on one day (the key includes the source).

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table neighbourhood_boards.membership
      alter column from_date drop not null,
      alter column constituency drop not null,
      add column body text not null default 'neighbourhood_board',
      add column represents_organisation_id text,
      add column known_from date,
      add constraint membership_start_known check (num_nonnulls(from_date, known_from) >= 1)`.execute(
    db,
  );
  await sql`create index membership_represents_idx on neighbourhood_boards.membership (represents_organisation_id)`.execute(
    db,
  );
  await sql`
    alter table neighbourhood_boards.board_status
      add column body text not null default 'neighbourhood_board',
      alter column legal_form drop not null,
      drop constraint board_status_pkey,
      add primary key (board_id, since, source_id)`.execute(db);

  // As before, but only the Neighbourhood Board's own changes count, and its legal form is the
  // latest one a change states (the council as accountable body until one does).
  await sql`
    create or replace view neighbourhood_boards.board_current as
    select
      board.*,
      coalesce(latest.status, 'announced') as status,
      coalesce(latest.since, board.announced_on) as status_since,
      coalesce(form.legal_form, 'unincorporated') as legal_form,
      latest.organisation_id as owner_organisation_id,
      latest.board_id is not null as status_recorded
    from neighbourhood_boards.board
    left join lateral (
      select *
      from neighbourhood_boards.board_status
      where board_status.board_id = board.id
        and board_status.body = 'neighbourhood_board'
        and board_status.since <= (now() at time zone 'Europe/London')::date
      order by board_status.since desc, board_status.source_id
      limit 1
    ) latest on true
    left join lateral (
      select board_status.legal_form
      from neighbourhood_boards.board_status
      where board_status.board_id = board.id
        and board_status.body = 'neighbourhood_board'
        and board_status.legal_form is not null
        and board_status.since <= (now() at time zone 'Europe/London')::date
      order by board_status.since desc, board_status.source_id
      limit 1
    ) form on true`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace view neighbourhood_boards.board_current as
    select
      board.*,
      coalesce(latest.status, 'announced') as status,
      coalesce(latest.since, board.announced_on) as status_since,
      coalesce(latest.legal_form, 'unincorporated') as legal_form,
      latest.organisation_id as owner_organisation_id,
      latest.board_id is not null as status_recorded
    from neighbourhood_boards.board
    left join lateral (
      select *
      from neighbourhood_boards.board_status
      where board_status.board_id = board.id and board_status.since <= (now() at time zone 'Europe/London')::date
      order by board_status.since desc
      limit 1
    ) latest on true`.execute(db);
  await sql`delete from neighbourhood_boards.board_status where body <> 'neighbourhood_board' or legal_form is null`.execute(
    db,
  );
  await sql`
    alter table neighbourhood_boards.board_status
      drop constraint board_status_pkey,
      add primary key (board_id, since),
      alter column legal_form set not null,
      drop column body`.execute(db);
  await sql`delete from neighbourhood_boards.membership where from_date is null or constituency is null`.execute(
    db,
  );
  await sql`drop index neighbourhood_boards.membership_represents_idx`.execute(db);
  await sql`
    alter table neighbourhood_boards.membership
      drop constraint membership_start_known,
      drop column known_from,
      drop column represents_organisation_id,
      drop column body,
      alter column constituency set not null,
      alter column from_date set not null`.execute(db);
}
