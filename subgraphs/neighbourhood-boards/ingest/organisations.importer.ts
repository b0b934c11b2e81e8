import type { NeighbourhoodBoardsDatabase } from '../src/database';
import { z } from 'zod';
import {
  enumValues,
  oneOf,
  optionalGssCode,
  optionalPattern,
  optionalText,
  optionalWebAddress,
  slug,
  text,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import { OrganisationKind } from '../src/organisation/organisation.enums';
import { organisationsSource } from '../src/sources';
import { uniqueIds } from './held-elsewhere';

const rowSchema = z.object({
  organisation_id: slug(),
  name: text(),
  kind: oneOf(enumValues(OrganisationKind)),
  // Charity Commission (England and Wales), OSCR (SC...) and Charity Commission NI (NIC...).
  charity_number: optionalPattern(
    /^(\d{6,8}|SC\d{6}|NIC\d{5,6})$/,
    '1234567, SC012345 or NIC100002',
  ),
  // Companies House: 8 digits, or a 2-letter prefix (SC, NI, OC...) and 6 digits.
  company_number: optionalPattern(/^(\d{8}|[A-Z]{2}\d{6})$/, '01234567 or SC123456'),
  // FCA Mutuals Public Register.
  society_number: optionalPattern(/^[A-Z]{0,3}\d{1,6}[A-Z]{0,2}$/, '31245R or 7654'),
  council_gss_code: optionalGssCode(),
  website: optionalWebAddress(),
  source_url: optionalWebAddress(),
  notes: optionalText(),
});

/**
 * `neighbourhood_board_organisations.csv` → `neighbourhood_boards.organisation`. The council
 * code is checked for form only: councils are another subgraph's data, joined in the graph.
 */
export const organisationsImporter: DatasetImporter<
  NeighbourhoodBoardsDatabase,
  z.output<typeof rowSchema>
> = {
  source: organisationsSource,
  rowSchema,
  check: async (db, records, file) => [
    ...(await uniqueIds(
      db,
      'organisation',
      organisationsSource.id,
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
      scope: { source_id: organisationsSource.id },
      rows: records.map(({ row }) => ({
        id: row.organisation_id,
        name: row.name,
        kind: row.kind,
        charity_number: row.charity_number,
        company_number: row.company_number,
        society_number: row.society_number,
        council_id: row.council_gss_code,
        website: row.website,
        source_url: row.source_url,
        notes: row.notes,
        source_id: organisationsSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
