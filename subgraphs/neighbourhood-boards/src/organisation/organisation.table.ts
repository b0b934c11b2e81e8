import type { LoadedColumns } from '../../../kit/ingest/tables';
import type { OrganisationKind } from './organisation.enums';

/** A community organisation (`neighbourhood_boards.organisation`), from the organisations file. */
export interface OrganisationTable extends LoadedColumns {
  id: string;
  name: string;
  kind: OrganisationKind;
  charity_number: string | null;
  company_number: string | null;
  /** FCA Mutuals Public Register number of a co-operative or community benefit society. */
  society_number: string | null;
  /** GSS code of the council area it works in. */
  council_id: string | null;
  website: string | null;
  source_url: string | null;
  notes: string | null;
}

/** What `toOrganisation` maps and the loaders key on; not `loaded_by_run` (bookkeeping). */
export const ORGANISATION_COLUMNS = [
  'id',
  'name',
  'kind',
  'charity_number',
  'company_number',
  'society_number',
  'council_id',
  'website',
  'source_url',
  'notes',
  'source_id',
  'valid_from',
] as const satisfies readonly (keyof OrganisationTable)[];
