import { sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * One set of records whose changes a load reports (`asset`, `moratorium`, `allocation`...), as
 * SQL over the subgraph's own tables. `rows` selects, for every record the set holds now:
 * `record_key` (unique in the set), `entity_id` (the key of the `Node` the change is about),
 * `council_id` and `strategic_authority_id` (null where none) and `data`, a jsonb object of
 * what a user would want to know changed. `kind` names the change as SQL over `b` (the record
 * before the load, all nulls when it is new) and `a` (after, all nulls when it went); a null
 * kind reports nothing (a view may leave additions to another view).
 */
export interface ChangeView {
  name: string;
  /** The GraphQL type of the `Node` the change is about (`Asset`). */
  entityType: string;
  rows: RawBuilder<unknown>;
  kind: RawBuilder<unknown>;
}

/** What a load changed in one record of one view. */
export interface CapturedChange {
  /** The subgraph whose load made it. */
  subgraph: string;
  view: string;
  kind: string;
  entityType: string;
  entityId: string;
  recordKey: string;
  councilId: string | null;
  strategicAuthorityId: string | null;
  /** The keys of `data` whose values differ, sorted. */
  fields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The usual kinds: one name each for a record that came, changed and went. */
export const addedChangedRemoved = (
  added: string | null,
  changed: string | null,
  removed: string | null,
): RawBuilder<unknown> =>
  sql`case when b.record_key is null then ${added}::text when a.record_key is null then ${removed}::text else ${changed}::text end`;

const beforeTable = (view: ChangeView) => sql.table(`change_before_${view.name}`);

/**
 * Copies what each view holds now into a temporary table of the load's transaction, before the
 * load writes: the "before" that `changesSince` compares with. Dropped at commit or rollback.
 */
export async function snapshotViews<DB>(trx: Kysely<DB>, views: ChangeView[]): Promise<void> {
  for (const view of views)
    await sql`create temporary table ${beforeTable(view)} on commit drop as ${view.rows}`.execute(
      trx,
    );
}

interface DiffRow {
  record_key: string;
  entity_id: string;
  council_id: string | null;
  strategic_authority_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  kind: string | null;
  fields: string[];
}

/**
 * What each view's records became since `snapshotViews`, in the same transaction, after the
 * load's writes and derivations: one change per record added, removed or whose `data` differs,
 * in view order then record key (so a load's changes come in the same order every time).
 */
export async function changesSince<DB>(
  trx: Kysely<DB>,
  subgraph: string,
  views: ChangeView[],
): Promise<CapturedChange[]> {
  const changes: CapturedChange[] = [];
  for (const view of views) {
    const { rows } = await sql<DiffRow>`
      with a as (${view.rows}),
      d as (
        select coalesce(a.record_key, b.record_key) as record_key,
               coalesce(a.entity_id, b.entity_id) as entity_id,
               coalesce(a.council_id, b.council_id) as council_id,
               coalesce(a.strategic_authority_id, b.strategic_authority_id) as strategic_authority_id,
               b.data as before, a.data as after, ${view.kind} as kind
        from a full join ${beforeTable(view)} b on a.record_key = b.record_key
        where a.data is distinct from b.data
      )
      select d.*, array(
        select k from (
          select jsonb_object_keys(coalesce(d.before, '{}'::jsonb)) as k
          union select jsonb_object_keys(coalesce(d.after, '{}'::jsonb))
        ) keys
        where d.before -> k is distinct from d.after -> k order by k
      ) as fields
      from d where d.kind is not null order by d.record_key`.execute(trx);
    for (const row of rows)
      changes.push({
        subgraph,
        view: view.name,
        kind: row.kind ?? '',
        entityType: view.entityType,
        entityId: row.entity_id,
        recordKey: row.record_key,
        councilId: row.council_id,
        strategicAuthorityId: row.strategic_authority_id,
        fields: row.fields,
        before: row.before,
        after: row.after,
      });
  }
  return changes;
}
