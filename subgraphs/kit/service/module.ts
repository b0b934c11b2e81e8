import type { BaseContext } from '@apollo/server';
import type { Kysely } from 'kysely';
import type { Migrations } from '../../../platform/db/migrator';
import type { Logger } from '../../../platform/logger';
import type {
  DatasetImporter,
  DeriveStep,
  IngestTables,
  IntegrityCheck,
  PreparedInput,
} from '../ingest/importer';
import type { CapturedChange, ChangeView } from '../changes/change-view';
import type { FederatedSchema } from '../schema/federated-schema';
import type { SourceDescriptor } from '../types/source';

/**
 * What a request's context gives its resolvers beyond the database: the subgraph's data version
 * (the one its loads bump), read at most once per request, to which list cursors are bound; and
 * who asks.
 */
export interface RequestScope {
  dataVersion(): Promise<string>;
  /** The id of the API key the client sent (the gateway says which), or null: anonymous. */
  apiKeyId: string | null;
}

/**
 * A generated dataset a subgraph offers for scale tests (`npm run synth`), written through the
 * import pipeline into a database the caller names.
 */
export interface SyntheticDataset {
  /** The source id its rows and run carry, so they never pass for real ones. */
  sourceId: string;
  /** Writes `count` generated records from `seed`; returns the lines to print. */
  write(options: {
    url: string;
    count: number;
    seed: number;
    /** The day the generated histories run up to (YYYY-MM-DD); default today. */
    today?: string;
    dataDir: string;
    logger?: Logger;
  }): Promise<string[]>;
}

/**
 * Everything the scripts need to know about one subgraph: how to migrate, import, build and
 * serve it. `scripts/` walks the registry (`subgraphs/index.ts`) instead of knowing each
 * subgraph by name. `DB` is the subgraph's schema as Kysely sees it.
 */
export interface SubgraphModule<DB extends IngestTables, Context extends BaseContext> {
  /** Service name, as in the supergraph (`councils`). */
  name: string;
  /** The Postgres schema it owns. */
  schema: string;
  defaultPort: number;
  migrations: Migrations;
  /** In import order: later ones may check references to what earlier ones wrote. */
  importers: DatasetImporter<DB>[];
  /** Rebuilds derived tables after an import's writes, in its transaction. */
  derive?: DeriveStep<DB>;
  /** Cross-file checks run after an import's writes, in its transaction. */
  integrity?: IntegrityCheck<DB>;
  sources: SourceDescriptor[];
  buildSchema(): Promise<FederatedSchema>;
  /** Called once per request. */
  createContext(db: Kysely<DB>, scope: RequestScope): Context;
  /** What the service warns about at start (e.g. derived data computed under other settings). */
  startupWarnings?(db: Kysely<DB>): Promise<string[]>;
  synthetic?: SyntheticDataset;
  /** What a load reports as changes to the change feed (`kit/changes`). */
  changeViews?: ChangeView[];
  /** The module that records every load's changes: the input that writes them. */
  recordChanges?(changes: CapturedChange[]): PreparedInput<DB>;
  /** Work the service runs beside answering requests (webhook deliveries); stopped at shutdown. */
  background?(db: Kysely<DB>, logger: Logger): BackgroundWork;
}

/** A running background task: `stop` finishes the step in hand and resolves. */
export interface BackgroundWork {
  stop(): Promise<void>;
}

/** A subgraph as code that walks the registry sees it: its tables are only the ingest tables. */
export type RegisteredSubgraph = SubgraphModule<IngestTables, BaseContext>;

/**
 * Puts a module in the registry. The one place a module's database type is forgotten: Kysely's
 * types are invariant in the schema, so a module over its own tables is not a module over
 * `IngestTables` to the compiler, although at run time the scripts hand each module a Kysely
 * bound to its own schema (`module.schema`), which is all its functions assume.
 */
export const registered = <DB extends IngestTables, Context extends BaseContext>(
  module: SubgraphModule<DB, Context>,
): RegisteredSubgraph => module as unknown as RegisteredSubgraph;
