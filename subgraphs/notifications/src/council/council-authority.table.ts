import type { LoadedColumns } from '../../../kit/ingest/tables';

/** A council and its strategic authority, from the register (`notifications.council_authority`). */
export interface CouncilAuthorityTable extends LoadedColumns {
  council_id: string;
  code: string;
  strategic_authority_id: string | null;
}
