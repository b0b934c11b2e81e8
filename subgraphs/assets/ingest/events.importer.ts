import type { AssetsDatabase } from '../src/database';
import { z } from 'zod';
import { isoDate, optionalText, text, webAddress } from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { Problem } from '../../kit/ingest/problems';
import { syncRecords } from '../../kit/ingest/sync';
import { eventKindOfSourceWord, knownEventWords } from '../src/event/event.enums';
import { eventsSource } from '../src/sources';

const rowSchema = z.object({
  record_id: text(),
  event: text(),
  date: isoDate(),
  detail: optionalText(),
  source_url: webAddress(),
});

/**
 * `acv_events.csv` → `assets.asset_event`. Runs after the registers, so every event must belong
 * to an asset some register holds; an event word this API has no kind for is rejected.
 */
export const eventsImporter: DatasetImporter<AssetsDatabase, z.output<typeof rowSchema>> = {
  source: eventsSource,
  rowSchema,
  check: async (db, records, file) => {
    const ids = [...new Set(records.map(({ row }) => row.record_id))];
    const known = new Set(
      (await db.selectFrom('asset').select('id').where('id', 'in', ids).execute()).map(
        (a: { id: string }) => a.id,
      ),
    );
    const problems: Problem[] = [];
    const seen = new Map<string, number>();
    for (const { line, row } of records) {
      if (!known.has(row.record_id))
        problems.push({
          file,
          line,
          column: 'record_id',
          reason: `"${row.record_id}" is not an asset in any loaded register`,
        });
      const kind = eventKindOfSourceWord(row.event);
      if (!kind)
        problems.push({
          file,
          line,
          column: 'event',
          reason: `unknown event "${row.event}": it must be one of ${knownEventWords.join(', ')}`,
        });
      const key = `${row.record_id}|${kind}|${row.date}`;
      if (seen.has(key))
        problems.push({
          file,
          line,
          reason: `the same event is on line ${seen.get(key)} (${row.record_id}, ${row.event}, ${row.date})`,
        });
      else seen.set(key, line);
    }
    return problems;
  },
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'asset_event',
      key: ['asset_id', 'kind', 'occurred_on', 'origin'],
      rows: records.map(({ row }) => ({
        asset_id: row.record_id,
        kind: eventKindOfSourceWord(row.event)!,
        occurred_on: row.date,
        detail: row.detail,
        origin: 'events',
        source_url: row.source_url,
        source_id: eventsSource.id,
      })),
      scope: { source_id: eventsSource.id },
      runId: run.id,
      now: run.startedAt,
    }),
};
