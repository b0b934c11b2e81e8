import type { Selectable } from 'kysely';
import type { IngestRunTable, RecordHistoryTable } from '../../kit/ingest/tables';
import type { PostcodeCentroidTable } from '../../kit/geography/centroid.table';
import type { BOUNDARY_COLUMNS, BoundaryTable } from './boundary/boundary.table';
import type { CouncilNameTable } from './council-name/council-name.table';
import type { COUNCIL_COLUMNS, CouncilTable } from './council/council.table';
import type { DEPRIVATION_COLUMNS, DeprivationTable } from './deprivation/deprivation.table';
import type { DevolutionTable } from './devolution/devolution.table';
import type {
  STRATEGIC_AUTHORITY_COLUMNS,
  StrategicAuthorityTable,
} from './strategic-authority/strategic-authority.table';

/** The `councils` Postgres schema as Kysely sees it. */
export interface CouncilsDatabase {
  council: CouncilTable;
  strategic_authority: StrategicAuthorityTable;
  strategic_authority_devolution: DevolutionTable;
  deprivation: DeprivationTable;
  council_name: CouncilNameTable;
  boundary: BoundaryTable;
  postcode_centroid: PostcodeCentroidTable;
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
export type BoundaryRow = Pick<Selectable<BoundaryTable>, (typeof BOUNDARY_COLUMNS)[number]>;
export type CentroidRow = Pick<
  Selectable<PostcodeCentroidTable>,
  'code' | 'kind' | 'latitude' | 'longitude' | 'postcode_count' | 'source_id'
>;
