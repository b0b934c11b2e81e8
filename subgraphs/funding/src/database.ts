import type { Selectable } from 'kysely';
import type { IngestRunTable, RecordHistoryTable } from '../../kit/ingest/tables';
import type { ALLOCATION_COLUMNS, AllocationTable } from './allocation/allocation.table';
import type {
  AuthorityDevolutionTable,
  CouncilDeprivationTable,
} from '../../kit/compare/group-facts.table';
import type { CouncilFactTable } from './council-fact/council-fact.table';
import type {
  GRANT_COLUMNS,
  GRANT_LINK_COLUMNS,
  GrantLinkTable,
  GrantTable,
} from './grant/grant.table';
import type { PROGRAMME_COLUMNS, ProgrammeTable } from './programme/programme.table';

/** The `funding` Postgres schema as Kysely sees it. */
export interface FundingDatabase {
  programme: ProgrammeTable;
  allocation: AllocationTable;
  grant_award: GrantTable;
  grant_link: GrantLinkTable;
  council_fact: CouncilFactTable;
  council_deprivation: CouncilDeprivationTable;
  authority_devolution: AuthorityDevolutionTable;
  ingest_run: IngestRunTable;
  record_history: RecordHistoryTable;
}

export const FUNDING_SCHEMA = 'funding';

// What the repositories select (not `*`): the columns the mappers and loaders read.
export type ProgrammeRow = Pick<Selectable<ProgrammeTable>, (typeof PROGRAMME_COLUMNS)[number]>;
export type AllocationRow = Pick<Selectable<AllocationTable>, (typeof ALLOCATION_COLUMNS)[number]>;
export type GrantRow = Pick<Selectable<GrantTable>, (typeof GRANT_COLUMNS)[number]>;
export type GrantLinkRow = Pick<Selectable<GrantLinkTable>, (typeof GRANT_LINK_COLUMNS)[number]>;
