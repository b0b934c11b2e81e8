import type { Generated } from 'kysely';

/** One change a load made (`notifications.change`). */
export interface ChangeTable {
  seq: Generated<string>;
  run_id: number;
  recorded_at: Date;
  /** The subgraph whose load made it. */
  subgraph: string;
  /** The set of records it is in (`asset`, `moratorium`...): see each subgraph's change views. */
  view: string;
  /** A `ChangeKind` value. */
  kind: string;
  entity_type: string;
  entity_id: string;
  record_key: string;
  council_id: string | null;
  strategic_authority_id: string | null;
  fields: string[];
  before: unknown;
  after: unknown;
}
