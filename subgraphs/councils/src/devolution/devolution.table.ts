import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { DevolutionLevel } from './devolution.enums';

/** What a strategic authority has been given, as published (`councils.strategic_authority_devolution`). */
export interface DevolutionTable extends LoadedColumns {
  /** The strategic authority's register code. */
  id: string;
  mayoral: boolean;
  mayor_since: string | null;
  mayor_since_basis: string | null;
  level: DevolutionLevel | null;
  mayoral_source_url: string | null;
  level_source_url: string | null;
  notes: string | null;
}
