import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { CapturedChange } from '../../kit/changes/change-view';
import type { PreparedInput } from '../../kit/ingest/importer';
import type { NotificationsDatabase } from '../src/database';
import { changeMatches } from '../src/change/change-match';
import { CHANGE_FEED_SOURCE_ID } from '../src/sources';

// Rows per insert statement: 14 parameters each, well under Postgres's 65535.
const CHUNK = 2_000;

/**
 * The input that writes what a load changed to the feed (`notifications.change`), in this
 * subgraph's import transaction, committed with the others' (`importAll`): sequence numbers
 * come from this schema's sequence under its import lock, so they follow the order loads
 * commit in. Each change is also queued for every active webhook subscription it matches (the
 * outbox the delivery worker reads), in the same transaction.
 */
export function changeRecorder(changes: CapturedChange[]): PreparedInput<NotificationsDatabase> {
  return {
    sourceId: CHANGE_FEED_SOURCE_ID,
    name: `changes: ${changes.length}`,
    checksum: createHash('sha256').update(JSON.stringify(changes)).digest('hex'),
    rows: changes.length,
    ms: 0,
    check: async () => [],
    write: async (trx, run) => {
      for (let start = 0; start < changes.length; start += CHUNK)
        await trx
          .insertInto('change')
          .values(
            changes.slice(start, start + CHUNK).map((change) => ({
              run_id: run.id,
              recorded_at: run.startedAt,
              subgraph: change.subgraph,
              view: change.view,
              kind: change.kind,
              entity_type: change.entityType,
              entity_id: change.entityId,
              record_key: change.recordKey,
              council_id: change.councilId,
              strategic_authority_id: change.strategicAuthorityId,
              fields: change.fields,
              before: change.before === null ? null : JSON.stringify(change.before),
              after: change.after === null ? null : JSON.stringify(change.after),
            })),
          )
          .execute();
      await queueDeliveries(trx, run.id, run.startedAt);
      return { inserted: changes.length, updated: 0, removed: 0, unchanged: 0 };
    },
  };
}

/** Queues the run's changes for each active subscription whose filter they match. */
async function queueDeliveries(
  trx: Kysely<NotificationsDatabase>,
  runId: number,
  now: Date,
): Promise<void> {
  await sql`
    insert into notifications.webhook_delivery
      (subscription_id, change_seq, status, created_at, next_attempt_at)
    select s.id, c.seq, 'pending', ${now}, ${now}
    from notifications.change c
    join notifications.webhook_subscription s on s.status = 'active'
      and ${changeMatches({
        councilIds: sql`s.council_ids`,
        authorityIds: sql`s.strategic_authority_ids`,
        kinds: sql`s.kinds`,
        sources: sql`s.sources`,
      })}
    where c.run_id = ${runId}
    order by s.id, c.seq`.execute(trx);
}
