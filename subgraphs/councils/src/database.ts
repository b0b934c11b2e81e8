import type { Selectable } from 'kysely';
import type { IngestRunTable, RecordHistoryTable } from '../../kit/ingest/tables';
import type { CouncilNameTable } from './council-name/council-name.table';
import type { COUNCIL_COLUMNS, CouncilTable } from './council/council.table';
import type { DEPRIVATION_COLUMNS, DeprivationTable } from './deprivation/deprivation.table';
import type {
  STRATEGIC_AUTHORITY_COLUMNS,
  StrategicAuthorityTable,
} from './strategic-authority/strategic-authority.table';

/** The `councils` Postgres schema as Kysely sees it. */
export interface CouncilsDatabase {
  council: CouncilTable;
  strategic_authority: StrategicAuthorityTable;
  deprivation: DeprivationTable;
  council_name: CouncilNameTable;
  ingest_run: IngestRunTable;
  record_history: RecordHistoryTable;
}

export const COUNCILS_SCHEMA = 'councils';

// What the repositories select (not `*`): the columns the mappers and loaders read.
export type CouncilRow = Pick<Selectable<CouncilTable>, (typeof COUNCIL_COLUMNS)[number]>;
export type StrategicAuthorityRow = Pick<
  Selectable<StrategicAuthorityTable>,
  (typeof STRATEGIC_AUTHORITY_COLUMNS)[number]
>;
export type DeprivationRow = Pick<
  Selectable<DeprivationTable>,
  (typeof DEPRIVATION_COLUMNS)[number]
>;
