import type { IngestTables } from '../ingest/importer';
import type { LoadedColumns } from '../ingest/tables';

// Facts a subgraph groups councils by, kept in its own schema (`<schema>.council_deprivation`,
// `<schema>.authority_devolution`) from the same files the councils subgraph loads, so grouping
// needs no read of another subgraph's tables.

/** IMD 2025 rank and decile of a district. */
export interface CouncilDeprivationTable extends LoadedColumns {
  council_id: string;
  imd_2025_rank: number;
  imd_2025_decile: number;
}

/** Whether a strategic authority has a mayor, and its tier as published. */
export interface AuthorityDevolutionTable extends LoadedColumns {
  /** The authority's register code (`GMCA`). */
  id: string;
  mayoral: boolean;
  level: string | null;
}

/** A schema that keeps both. */
export interface GroupFactsTables extends IngestTables {
  council_deprivation: CouncilDeprivationTable;
  authority_devolution: AuthorityDevolutionTable;
}
