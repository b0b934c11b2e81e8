import type { LoadedColumns } from '../../kit/ingest/tables';

/** A document the compiled records cite (`assets.citation`). */
export interface CitationTable extends LoadedColumns {
  id: string;
  title: string;
  publisher: string;
  url: string;
  licence: string;
  note: string | null;
}

/** A register entry known by identifier only (`assets.register_reference`). */
export interface RegisterReferenceTable extends LoadedColumns {
  entity: number;
  reference: string;
  reference_base: string;
  reference_note: string | null;
  council_id: string;
  url: string;
}

/**
 * What `toCitation` maps; not `source_id`, `valid_from` or `loaded_by_run`: a citation is the
 * document to read, and no field returns how it was loaded.
 */
export const CITATION_COLUMNS = [
  'id',
  'title',
  'publisher',
  'url',
  'licence',
  'note',
] as const satisfies readonly (keyof CitationTable)[];
