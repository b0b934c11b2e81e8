import type { AssetsDatabase } from '../src/database';
import { z } from 'zod';
import {
  gssCode,
  optionalDecimal,
  optionalInteger,
  optionalIsoDate,
  optionalPattern,
  optionalSlug,
  optionalText,
  text,
} from '../../kit/ingest/cells';
import type { CsvRecord } from '../../kit/ingest/csv';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { Problem } from '../../kit/ingest/problems';
import { ACV_RECORDS_READ_ON, compiledRegisterSource } from '../src/sources';
import { checkRecords, writeRecords, type RegisterRecord } from './register-record';

/** A full UK postcode (`AL9 7QW`); partial ones are rejected rather than stored as if whole. */
export const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;

const rowSchema = z.object({
  record_id: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Za-z0-9-]*$/, 'must be letters, digits and hyphens'),
  local_authority_gss_code: gssCode(),
  local_authority_code: text(),
  local_authority_name: text(),
  asset_name: text(),
  address: optionalText(),
  postcode: optionalPattern(POSTCODE, 'AL9 7QW'),
  uprn: optionalPattern(/^\d{1,12}$/, '100023336956 (up to 12 digits)'),
  latitude: optionalDecimal(),
  longitude: optionalDecimal(),
  nominating_group: optionalText(),
  // Optional column: an `Organisation` id (neighbourhood-boards) for the nominating group, when
  // the compiler matched it by hand. The published file has no such column.
  nominating_organisation_id: optionalSlug().optional(),
  // Optional columns, likewise: who owns the asset, and their `Organisation` id when matched.
  owner_name: optionalText().optional(),
  owner_organisation_id: optionalSlug().optional(),
  nomination_date: optionalIsoDate(),
  decision_date: optionalIsoDate(),
  date_listed: optionalIsoDate(),
  listing_expiry_date: optionalIsoDate(),
  status: text(),
  notes: optionalText(),
  planning_data_entity: optionalInteger(),
  source_id: text(),
});
type Row = z.output<typeof rowSchema>;

const OPTIONAL_COLUMNS = new Set([
  'nominating_organisation_id',
  'owner_name',
  'owner_organisation_id',
]);

/** "Harrogate Borough Council (E07000165, abolished 2023-03-31; ...)": the council that listed it. */
const ABOLISHED_IN_NAME = /\(([EWSN]\d{8}), abolished/;

const toRecord = (row: Row): RegisterRecord => ({
  id: row.record_id,
  name: row.asset_name,
  category: null,
  address: row.address,
  postcode: row.postcode,
  uprn: row.uprn,
  latitude: row.latitude,
  longitude: row.longitude,
  authority: row.local_authority_gss_code,
  authorityColumn: 'local_authority_gss_code',
  authorityName: row.local_authority_name,
  formerAuthority: ABOLISHED_IN_NAME.exec(row.local_authority_name)?.[1] ?? null,
  nominatingGroup: row.nominating_group,
  nominatingOrganisationId: row.nominating_organisation_id ?? null,
  ownerName: row.owner_name ?? null,
  ownerOrganisationId: row.owner_organisation_id ?? null,
  statusText: row.status,
  statusColumn: 'status',
  nominatedOn: row.nomination_date,
  decidedOn: row.decision_date,
  listedOn: row.date_listed,
  listingEndsOn: row.listing_expiry_date,
  events: [],
  registerReference: null,
  planningDataEntity: row.planning_data_entity,
  notes: row.notes,
  citationId: row.source_id,
  sourceUrl: null,
  recordedOn: ACV_RECORDS_READ_ON,
});

const mapped = (records: CsvRecord<Row>[]) =>
  records.map(({ line, row }) => ({ line, row: toRecord(row) }));

/**
 * `assets_of_community_value.csv` (the records compiled from 45 councils' pages) →
 * `assets.asset` and the events its dates imply. The council code must agree with the GSS code,
 * and every record must cite a page in `acv_citations.csv`.
 */
export const compiledRegisterImporter: DatasetImporter<
  AssetsDatabase,
  z.output<typeof rowSchema>
> = {
  source: compiledRegisterSource,
  requiredColumns: Object.keys(rowSchema.shape).filter((column) => !OPTIONAL_COLUMNS.has(column)),
  rowSchema,
  check: async (db, records, file) => {
    const problems: Problem[] = await checkRecords(
      db,
      file,
      mapped(records),
      compiledRegisterSource.id,
    );
    const citations = new Set(
      (await db.selectFrom('citation').select('id').execute()).map((c: { id: string }) => c.id),
    );
    for (const { line, row } of records) {
      if (!citations.has(row.source_id))
        problems.push({
          file,
          line,
          column: 'source_id',
          reason: `"${row.source_id}" is not a document in acv_citations.csv`,
        });
    }
    return problems;
  },
  write: (trx, records, run) =>
    writeRecords(
      trx,
      mapped(records).map(({ row }) => row),
      compiledRegisterSource.id,
      run,
    ),
};
