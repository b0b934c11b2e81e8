import type { Insertable, Kysely } from 'kysely';
import type { IngestTables } from './importer';

export interface SyncCounts {
  inserted: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/** A row as an importer writes it: the table's columns but the two `syncRecords` keeps. */
export type SyncedRow<Table> = Omit<Insertable<Table>, 'loaded_by_run' | 'valid_from'>;

export interface SyncOptions<Table extends string, Row extends object> {
  table: Table;
  /** Columns that identify a record across loads. */
  key: (keyof Row & string)[];
  /** The complete new contents of the table (or of its `scope`). */
  rows: Row[];
  /** Restricts the sync to the rows matching these column values (e.g. one IMD edition). */
  scope?: Partial<Row>;
  runId: number;
  now: Date;
}

const INSERT_CHUNK = 500;

function same(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined) return b === null || b === undefined;
  if (b === null || b === undefined) return false;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  if (a instanceof Date || b instanceof Date)
    return new Date(a as string).getTime() === new Date(b as string).getTime();
  // Arrays and JSON documents (jsonb keeps the key order a GeoJSON geometry is written in).
  if (typeof a === 'object' || typeof b === 'object')
    return JSON.stringify(a) === JSON.stringify(b);
  return String(a) === String(b);
}

/**
 * Any table of any schema, by name: what the generic sync below reads and writes. Callers are
 * typed by their own schema (`syncRecords`'s signature); inside, column names are data.
 */
type AnyTables = Record<string, Record<string, unknown>>;

/**
 * Makes a table hold exactly `rows`, keeping history: a record that changed or disappeared is
 * copied to `record_history` (with the period it was valid) before it is updated or deleted, so
 * nothing a source once said is lost. Unchanged records are not touched, which makes loading the
 * same file twice a no-op. Every table synced this way has `loaded_by_run` and `valid_from`.
 */
export async function syncRecords<DB extends IngestTables, Table extends keyof DB & string>(
  schema: Kysely<DB>,
  options: SyncOptions<Table, SyncedRow<DB[Table]>>,
): Promise<SyncCounts> {
  // The one step from the caller's schema to tables by name (see `AnyTables`).
  const trx = schema as unknown as Kysely<AnyTables>;
  const rows = options.rows as Record<string, unknown>[];
  const table: string = options.table;
  const key = options.key as string[];
  const keyOf = (row: Record<string, unknown>) =>
    key.map((column) => String(row[column])).join('|');
  const columns = Object.keys(rows[0] ?? {});

  let query = trx.selectFrom(table).selectAll();
  for (const [column, value] of Object.entries(options.scope ?? {})) {
    query = query.where(column, '=', value);
  }
  const existing = new Map<string, Record<string, unknown>>();
  for (const row of await query.execute()) existing.set(keyOf(row), row);

  const counts: SyncCounts = { inserted: 0, updated: 0, removed: 0, unchanged: 0 };
  const toInsert: Record<string, unknown>[] = [];
  const toUpdate: Record<string, unknown>[] = [];
  const history: Record<string, unknown>[] = [];
  const archive = (old: Record<string, unknown>, change: 'updated' | 'removed') =>
    history.push({
      table_name: table,
      record_key: keyOf(old),
      data: JSON.stringify(old),
      valid_from: old.valid_from,
      valid_to: options.now,
      change,
      run_id: options.runId,
    });

  for (const row of rows) {
    const old = existing.get(keyOf(row));
    existing.delete(keyOf(row));
    if (!old) {
      toInsert.push({ ...row, loaded_by_run: options.runId, valid_from: options.now });
    } else if (columns.some((column) => !same(row[column], old[column]))) {
      archive(old, 'updated');
      toUpdate.push(row);
    } else {
      counts.unchanged += 1;
    }
  }
  const removed = [...existing.values()];
  removed.forEach((old) => archive(old, 'removed'));

  for (let i = 0; i < history.length; i += INSERT_CHUNK) {
    await trx
      .insertInto('record_history')
      .values(history.slice(i, i + INSERT_CHUNK))
      .execute();
  }
  for (const old of removed) {
    let del = trx.deleteFrom(table);
    for (const column of key) del = del.where(column, '=', old[column]);
    await del.execute();
  }
  for (const row of toUpdate) {
    let update = trx
      .updateTable(table)
      .set({ ...row, loaded_by_run: options.runId, valid_from: options.now });
    for (const column of key) update = update.where(column, '=', row[column]);
    await update.execute();
  }
  for (let i = 0; i < toInsert.length; i += INSERT_CHUNK) {
    await trx
      .insertInto(table)
      .values(toInsert.slice(i, i + INSERT_CHUNK))
      .execute();
  }
  counts.inserted = toInsert.length;
  counts.updated = toUpdate.length;
  counts.removed = removed.length;
  return counts;
}
