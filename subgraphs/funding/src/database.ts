import type { Selectable } from 'kysely';
import type { IngestRunTable, RecordHistoryTable } from '../../kit/ingest/tables';
import type { AllocationTable } from './allocation/allocation.table';
import type { CouncilDeprivationTable, CouncilFactTable } from './council-fact/council-fact.table';
import type { GrantLinkTable, GrantTable } from './grant/grant.table';
import type { ProgrammeTable } from './programme/programme.table';

/** The `funding` Postgres schema as Kysely sees it. */
export interface FundingDatabase {
  programme: ProgrammeTable;
  allocation: AllocationTable;
  grant_award: GrantTable;
  grant_link: GrantLinkTable;
  council_fact: CouncilFactTable;
  council_deprivation: CouncilDeprivationTable;
  ingest_run: IngestRunTable;
  record_history: RecordHistoryTable;
}

export const FUNDING_SCHEMA = 'funding';

export type ProgrammeRow = Selectable<ProgrammeTable>;
export type AllocationRow = Selectable<AllocationTable>;
export type GrantRow = Selectable<GrantTable>;
export type GrantLinkRow = Selectable<GrantLinkTable>;
