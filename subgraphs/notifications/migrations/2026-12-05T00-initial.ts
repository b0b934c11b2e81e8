import { sql, type Kysely } from 'kysely';
import { createIngestTables } from '../../kit/ingest/ingest-tables.migration';
import {
  createDataVersionNotify,
  dropDataVersionNotify,
} from '../../../platform/data-version/notify.migration';

// Frozen: later changes go in new migrations.

export async function up(db: Kysely<unknown>): Promise<void> {
  await createIngestTables(db, 'notifications');
  await createDataVersionNotify(db, 'notifications');

  // Which strategic authority each council belongs to, from the register the councils subgraph
  // loads: what a filter by authority matches.
  await sql`
    create table notifications.council_authority (
      council_id text primary key,
      code text not null,
      strategic_authority_id text,
      source_id text not null,
      loaded_by_run bigint not null references notifications.ingest_run (id),
      valid_from timestamptz not null
    )`.execute(db);
  await sql`create index council_authority_sa_idx on notifications.council_authority (strategic_authority_id)`.execute(
    db,
  );

  // Every change a load made, in the order the loads committed: `seq` only grows (loads take
  // this schema's import lock, so no two write at once), so a reader resuming after a `seq`
  // misses nothing and sees nothing twice.
  await sql`
    create table notifications.change (
      seq bigserial primary key,
      run_id bigint not null references notifications.ingest_run (id),
      recorded_at timestamptz not null,
      subgraph text not null,
      view text not null,
      kind text not null,
      entity_type text not null,
      entity_id text not null,
      record_key text not null,
      council_id text,
      strategic_authority_id text,
      fields text[] not null,
      before jsonb,
      after jsonb
    )`.execute(db);
  for (const column of ['council_id', 'strategic_authority_id', 'kind', 'subgraph', 'entity_id'])
    await sql`create index ${sql.raw(`change_${column}_idx`)} on notifications.change (${sql.ref(column)}, seq)`.execute(
      db,
    );

  await sql`
    create table notifications.webhook_subscription (
      id text primary key,
      api_key_id text not null,
      url text not null,
      -- The receiver's shared secret: kept as given, since signing needs it.
      secret text not null,
      council_ids text[],
      strategic_authority_ids text[],
      kinds text[],
      sources text[],
      status text not null check (status in ('active', 'paused', 'removed')),
      paused_reason text,
      failed_deliveries integer not null default 0,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index webhook_subscription_key_idx on notifications.webhook_subscription (api_key_id, created_at)`.execute(
    db,
  );

  // The outbox: one row per change a subscription matched, written in the load's transaction.
  await sql`
    create table notifications.webhook_delivery (
      id bigserial primary key,
      subscription_id text not null references notifications.webhook_subscription (id),
      change_seq bigint not null references notifications.change (seq),
      status text not null check (status in ('pending', 'delivered', 'failed', 'cancelled')),
      attempts integer not null default 0,
      created_at timestamptz not null,
      next_attempt_at timestamptz not null,
      last_attempt_at timestamptz,
      last_status_code integer,
      last_error text,
      delivered_at timestamptz,
      unique (subscription_id, change_seq)
    )`.execute(db);
  // What the worker reads: each subscription's earliest pending delivery (they go in order).
  await sql`create index webhook_delivery_pending_idx on notifications.webhook_delivery (subscription_id, change_seq) where status = 'pending'`.execute(
    db,
  );
  await sql`create index webhook_delivery_log_idx on notifications.webhook_delivery (subscription_id, id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropDataVersionNotify(db, 'notifications');
  await sql`drop schema notifications cascade`.execute(db);
}
