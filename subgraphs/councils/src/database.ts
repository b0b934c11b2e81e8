import type { Selectable } from 'kysely';
import type { IngestRunTable, RecordHistoryTable } from '../../kit/ingest/tables';
import type { CouncilNameTable } from './council-name/council-name.table';
import type { CouncilTable } from './council/council.table';
import type { DeprivationTable } from './deprivation/deprivation.table';
import type { StrategicAuthorityTable } from './strategic-authority/strategic-authority.table';

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

export type CouncilRow = Selectable<CouncilTable>;
export type StrategicAuthorityRow = Selectable<StrategicAuthorityTable>;
export type DeprivationRow = Selectable<DeprivationTable>;
