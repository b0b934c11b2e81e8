import type { AssetsDatabase } from '../src/database';
import { z } from 'zod';
import { isoDate, optionalInteger, optionalText, text } from '../../kit/ingest/cells';
import type { CsvRecord } from '../../kit/ingest/csv';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { AssetEventKind } from '../src/event/event.enums';
import { planningDataRegisterSource } from '../src/sources';
import { optionalPoint, optionalRegisterDate } from './register-cells';
import { checkRecords, writeRecords, type RegisterRecord } from './register-record';

const date = () => optionalRegisterDate('iso');

/** The fields of planning.data.gov.uk's `asset-of-community-value` dataset that we read. */
const rowSchema = z.object({
  entity: optionalInteger(),
  reference: text(),
  name: text(),
  organisation: z
    .string()
    .trim()
    .regex(/^local-authority:[A-Z]{3,4}$/, 'must look like local-authority:CMD'),
  address: optionalText(),
  point: optionalPoint(),
  'nominating-group': optionalText(),
  'decision-date': date(),
  'start-date': date(),
  'end-date': date(),
  'notification-to-sell-date': date(),
  'interested-group': optionalText(),
  // The day planning.data.gov.uk recorded the entry: what the register says holds from then.
  'entry-date': isoDate(),
  notes: optionalText(),
});
type Row = z.output<typeof rowSchema>;

const councilCode = (row: Row) => row.organisation.split(':')[1];

function toRecord(row: Row): RegisterRecord {
  const events: RegisterRecord['events'] = [];
  if (row['notification-to-sell-date']) {
    events.push({
      kind: AssetEventKind.DISPOSAL_NOTIFIED,
      on: row['notification-to-sell-date'],
      column: 'notification-to-sell-date',
    });
    // The dataset names the group that asked to bid, not the day it asked; naming it means the
    // request was in time, which is all the moratorium rules need.
    if (row['interested-group'])
      events.push({
        kind: AssetEventKind.BID_REQUESTED,
        on: row['notification-to-sell-date'],
        column: 'interested-group',
      });
  }
  return {
    id: `${councilCode(row)}-${row.reference}`,
    name: row.name,
    category: null,
    address: row.address,
    postcode: null,
    uprn: null,
    latitude: row.point?.latitude ?? null,
    longitude: row.point?.longitude ?? null,
    authority: councilCode(row),
    authorityColumn: 'organisation',
    authorityName: null,
    formerAuthority: null,
    nominatingGroup: row['nominating-group'],
    nominatingOrganisationId: null,
    ownerName: null,
    ownerOrganisationId: null,
    statusText: null,
    dateColumns: { listedOn: 'start-date', listingEndsOn: 'end-date' },
    statusColumn: 'start-date',
    nominatedOn: null,
    decidedOn: row['decision-date'],
    listedOn: row['start-date'],
    listingEndsOn: row['end-date'],
    events,
    registerReference: row.reference,
    planningDataEntity: row.entity,
    notes: row.notes,
    citationId: null,
    sourceUrl: row.entity ? `https://www.planning.data.gov.uk/entity/${row.entity}` : null,
    recordedOn: row['entry-date'],
  };
}

const mapped = (records: CsvRecord<Row>[]) =>
  records.map(({ line, row }) => ({ line, row: toRecord(row) }));

/**
 * The national planning data format for the dataset `asset-of-community-value`
 * (docs/data-formats.md#planning-data-register). Ids are `<council code>-<reference>`, so a
 * newer download updates the same assets and closes the ones it no longer holds.
 */
export const planningDataRegisterImporter: DatasetImporter<
  AssetsDatabase,
  z.output<typeof rowSchema>
> = {
  source: planningDataRegisterSource,
  rowSchema,
  check: (db, records, file) =>
    checkRecords(db, file, mapped(records), planningDataRegisterSource.id),
  write: (trx, records, run) =>
    writeRecords(
      trx,
      mapped(records).map(({ row }) => row),
      planningDataRegisterSource.id,
      run,
      { closeMissing: true },
    ),
};
