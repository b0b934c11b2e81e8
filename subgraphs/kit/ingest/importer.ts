import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SourceDescriptor } from '../types/source';
import type { CsvRecord, CsvResult } from './csv';
import type { Problem } from './problems';
import type { SyncCounts } from './sync';
import type { IngestRunTable, RecordHistoryTable } from './tables';

/** The tables every importing schema has (its first migration creates them). */
export interface IngestTables {
  ingest_run: IngestRunTable;
  record_history: RecordHistoryTable;
}

/** The run a write belongs to: its `ingest_run` row. */
export interface IngestRun {
  id: number;
  startedAt: Date;
}

/**
 * How one source file becomes rows in a subgraph's schema (`DB`). Validation happens in two
 * passes before anything is written: `rowSchema` checks each cell (with every other file of the
 * import, before any database work), `check` checks the file as a whole (duplicates, references
 * to files imported before it) in the write transaction; `write` then runs in that transaction.
 * Methods, not function properties: an importer of rows `Row` then serves where `unknown` rows
 * are expected (a module's list of importers of different files).
 */
export interface DatasetImporter<DB, Row = unknown> {
  source: SourceDescriptor;
  rowSchema: z.ZodType<Row, z.ZodTypeDef, unknown>;
  /** Columns the header must have; default: every key of an object `rowSchema`. */
  requiredColumns?: readonly string[];
  /**
   * Reads a file that is not CSV (e.g. JSON) into records keyed by column name, validated by
   * `rowSchema` like CSV rows (see `validateRecords`). It gets the whole text, strictly decoded
   * UTF-8 with line endings made LF, of a file under the size cap. Absent: the file is CSV.
   */
  parse?(file: string, content: string): CsvResult<Row>;
  check?(db: Kysely<DB>, records: CsvRecord<Row>[], file: string): Promise<Problem[]>;
  write(trx: Kysely<DB>, records: CsvRecord<Row>[], run: IngestRun): Promise<SyncCounts>;
}

/** The object schema under refinements and transforms (`.superRefine`, `.transform`), if any. */
function objectUnder(schema: z.ZodTypeAny): z.ZodObject<z.ZodRawShape> | null {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodEffects) return objectUnder(schema.innerType() as z.ZodTypeAny);
  return null;
}

/** The header columns an importer requires (see `DatasetImporter.requiredColumns`). */
export const requiredColumnsOf = <DB, Row>(importer: DatasetImporter<DB, Row>): readonly string[] =>
  importer.requiredColumns ?? Object.keys(objectUnder(importer.rowSchema)?.shape ?? {});

/** One file to import and the importer that reads it. */
export interface ImportStep<DB> {
  importer: DatasetImporter<DB>;
  filePath: string;
}

/**
 * One input of an import, read and checked as far as it can be without the database: a file
 * that passed `validateFile`, or rows made by a generator (the synthetic register). Its run is
 * recorded in `ingest_run` under `sourceId`, `name` and `checksum`.
 */
export interface PreparedInput<DB> {
  sourceId: string;
  /** The file name, or what stands for it (`synthetic: 1000 assets, seed 1`). */
  name: string;
  /** SHA-256 of the bytes read, or of what made the rows. */
  checksum: string;
  rows: number;
  /** Time spent reading and validating. */
  ms: number;
  /** The checks that read the database (what earlier inputs of the import wrote included). */
  check(trx: Kysely<DB>): Promise<Problem[]>;
  write(trx: Kysely<DB>, run: IngestRun): Promise<SyncCounts>;
}

/** What one input's run did, as `ingest_run` records it. */
export interface IngestReport extends SyncCounts {
  sourceId: string;
  file: string;
  checksum: string;
  rows: number;
  runId: number;
  ms: number;
}

/**
 * Checks a subgraph's tables as a whole once every input of an import is written (e.g. that no
 * membership points at a board the new places file dropped). Runs inside the import's
 * transaction.
 */
export type IntegrityCheck<DB> = (trx: Kysely<DB>) => Promise<Problem[]>;

/**
 * Rebuilds what a subgraph derives from its imported tables (e.g. status periods computed by
 * rule), once every input is written and before the integrity check, in the import's transaction.
 */
export type DeriveStep<DB> = (trx: Kysely<DB>) => Promise<void>;
