import type { ColumnType, Generated } from 'kysely';

/** Every subgraph schema has these two tables (created by its first migration). */
export interface IngestRunTable {
  id: Generated<number>;
  source_id: string;
  file_name: string;
  checksum_sha256: string;
  rows_in_file: number;
  inserted: number | null;
  updated: number | null;
  removed: number | null;
  unchanged: number | null;
  started_at: ColumnType<Date, Date, Date>;
  finished_at: Date | null;
}

export interface RecordHistoryTable {
  id: Generated<number>;
  table_name: string;
  record_key: string;
  data: unknown;
  valid_from: Date;
  valid_to: Date;
  change: 'updated' | 'removed';
  run_id: number;
}

/** Columns that `syncRecords` maintains on every loaded table. */
export interface LoadedColumns {
  source_id: string;
  loaded_by_run: number;
  valid_from: Date;
}
