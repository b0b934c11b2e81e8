import type { LoadedColumns } from '../../../kit/ingest/tables';

/** A community organisation (`neighbourhood_boards.organisation`), from the organisations file. */
export interface OrganisationTable extends LoadedColumns {
  id: string;
  name: string;
  kind: string;
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
