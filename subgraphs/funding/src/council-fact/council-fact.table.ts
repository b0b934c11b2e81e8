import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { CouncilKind } from '../../../kit/types/council-kind.enum';
import type { Nation, Region } from '../../../kit/types/geography.enums';

/**
 * Funding's copy of the council facts it groups and divides by, from the register file the
 * councils subgraph also loads (`funding.council_fact`).
 */
export interface CouncilFactTable extends LoadedColumns {
  council_id: string;
  code: string;
  name: string;
  nation: Nation;
  region: Region | null;
  current: boolean;
  lower_or_unitary: boolean;
  population: number | null;
  population_year: number | null;
  kind: CouncilKind | null;
  /** Register code of its combined or strategic authority (`GMCA`), if any. */
  strategic_authority_id: string | null;
}
