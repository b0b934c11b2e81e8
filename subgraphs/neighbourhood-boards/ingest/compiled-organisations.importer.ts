import { z } from 'zod';
import {
  enumValues,
  oneOf,
  optionalText,
  optionalWebAddress,
  slug,
  text,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import type { NeighbourhoodBoardsDatabase } from '../src/database';
import { OrganisationKind } from '../src/organisation/organisation.enums';
import { compiledOrganisationsSource } from '../src/sources';
import { uniqueIds } from './held-elsewhere';

const rowSchema = z.object({
  organisation_id: slug(),
  name: text(),
  kind: oneOf(enumValues(OrganisationKind)),
  // One column for any register: a number here could be a charity's, a company's or a
  // society's, and the API keeps them apart, so the file must leave it empty (its pages gave none).
  registration_number: optionalText().refine(
    (value) => value === null,
    'cannot tell which register a number is from: give it in the contributed format (charity_number, company_number or society_number)',
  ),
  website: optionalWebAddress(),
  source_url: optionalWebAddress(),
});

/** `neighbourhood_board_organisations_compiled.csv` → `neighbourhood_boards.organisation`. */
export const compiledOrganisationsImporter: DatasetImporter<
  NeighbourhoodBoardsDatabase,
  z.output<typeof rowSchema>
> = {
  source: compiledOrganisationsSource,
  rowSchema,
  check: async (db, records, file) => [
    ...(await uniqueIds(
      db,
      'organisation',
      compiledOrganisationsSource.id,
      records,
      file,
      'organisation_id',
      (row) => row.organisation_id,
    )),
  ],
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'organisation',
      key: ['id'],
      scope: { source_id: compiledOrganisationsSource.id },
      rows: records.map(({ row }) => ({
        id: row.organisation_id,
        name: row.name,
        kind: row.kind,
        charity_number: null,
        company_number: null,
        society_number: null,
        council_id: null,
        website: row.website,
        source_url: row.source_url,
        notes: null,
        source_id: compiledOrganisationsSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
