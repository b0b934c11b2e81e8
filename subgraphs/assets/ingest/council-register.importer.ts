import type { AssetsDatabase } from '../src/database';
import { z } from 'zod';
import { optionalText, text } from '../../kit/ingest/cells';
import type { CsvRecord } from '../../kit/ingest/csv';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { SourceDescriptor } from '../../kit/types/source';
import { AssetStatus } from '../src/asset/asset.enums';
import { AssetEventKind } from '../src/event/event.enums';
import { ACV_SCHEME_COMMENCED_ON } from '../src/clock';
import { camdenRegisterSource } from '../src/sources';
import { optionalPoint, optionalRegisterDate, type DateOrder } from './register-cells';
import { checkRecords, writeRecords, type RegisterRecord } from './register-record';

/**
 * How one council's register file maps onto an asset: which of its columns holds what. A
 * council publishing a new layout gets a new mapping, not new code.
 */
export interface CouncilRegisterMapping {
  /** Register code of the council (`CMD`); ids are `<council>-<slug of the name>`. */
  council: string;
  source: SourceDescriptor;
  dateOrder: DateOrder;
  /** Status of every row when the register has no status column (a list of listed assets). */
  status: AssetStatus;
  columns: {
    /** "Name, address" in one cell: the name is up to the first comma. */
    nameAndAddress: string;
    nominatedBy?: string;
    nominatedOn?: string;
    decidedOn?: string;
    listingEndsOn?: string;
    bidGroup?: string;
    disposalNotifiedOn?: string;
    location?: string;
  };
}

/** Camden's open-data columns (opendata.camden.gov.uk, dataset 84z2-jixf). */
export const camdenMapping: CouncilRegisterMapping = {
  council: 'CMD',
  source: camdenRegisterSource,
  // Socrata exports dates as MM/DD/YYYY with a time; not checked against a download (there
  // was no internet where this was written): a file in the other order fails on its first day
  // above 12 rather than loading wrong dates.
  dateOrder: 'month-day-year',
  status: AssetStatus.LISTED,
  columns: {
    nameAndAddress: 'Property name and address',
    nominatedBy: 'Nominated By',
    nominatedOn: 'Date Nomination Received',
    decidedOn: 'Decision Date',
    listingEndsOn: 'Listing Expiry Date',
    bidGroup: 'Community Group Which Triggered Full Moratorium',
    disposalNotifiedOn: 'Notice To Dispose Received By Council Date',
    location: 'Location',
  },
};

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** An importer for one council's register file under its mapping. */
export function councilRegisterImporter(mapping: CouncilRegisterMapping) {
  const c = mapping.columns;
  const date = () => optionalRegisterDate(mapping.dateOrder);
  const shape: Record<string, z.ZodTypeAny> = {
    [c.nameAndAddress]: text(),
  };
  for (const column of [c.nominatedBy, c.bidGroup]) if (column) shape[column] = optionalText();
  for (const column of [c.nominatedOn, c.decidedOn, c.listingEndsOn, c.disposalNotifiedOn])
    if (column) shape[column] = date();
  if (c.location) shape[c.location] = optionalPoint();
  const rowSchema = z.object(shape);
  type Row = Record<string, unknown>;
  const cell = <T>(row: Row, column: string | undefined) =>
    (column ? (row[column] as T | null) : null) ?? null;

  const toRecord = (row: Row, readOn: string): RegisterRecord => {
    const [name, ...address] = String(row[c.nameAndAddress]).split(',');
    const notified = cell<string>(row, c.disposalNotifiedOn);
    const events: RegisterRecord['events'] = [];
    if (notified && c.disposalNotifiedOn) {
      events.push({
        kind: AssetEventKind.DISPOSAL_NOTIFIED,
        on: notified,
        column: c.disposalNotifiedOn,
      });
      if (cell(row, c.bidGroup) && c.bidGroup)
        events.push({ kind: AssetEventKind.BID_REQUESTED, on: notified, column: c.bidGroup });
    }
    const point = cell<{ latitude: number; longitude: number }>(row, c.location);
    return {
      id: `${mapping.council}-${slugOf(name)}`,
      name: name.trim(),
      category: null,
      address: address.join(',').trim() || null,
      postcode: null,
      uprn: null,
      latitude: point?.latitude ?? null,
      longitude: point?.longitude ?? null,
      authority: mapping.council,
      authorityColumn: c.nameAndAddress,
      authorityName: null,
      formerAuthority: null,
      nominatingGroup: cell(row, c.nominatedBy),
      nominatingOrganisationId: null,
      ownerName: null,
      ownerOrganisationId: null,
      statusText: mapping.status,
      dateColumns: { listedOn: c.decidedOn, listingEndsOn: c.listingEndsOn },
      statusColumn: c.decidedOn ?? c.nameAndAddress,
      nominatedOn: cell(row, c.nominatedOn),
      decidedOn: cell(row, c.decidedOn),
      listedOn: mapping.status === AssetStatus.LISTED ? cell(row, c.decidedOn) : null,
      listingEndsOn: cell(row, c.listingEndsOn),
      events,
      registerReference: null,
      planningDataEntity: null,
      notes: cell<string>(row, c.bidGroup)
        ? `Community group that triggered the full moratorium: ${cell<string>(row, c.bidGroup)}`
        : null,
      citationId: null,
      sourceUrl: mapping.source.url,
      recordedOn: readOn,
    };
  };
  const dateColumns = [c.nominatedOn, c.decidedOn, c.disposalNotifiedOn].filter(
    (column): column is string => Boolean(column),
  );
  // The register is at least as new as the latest day it records: its status holds from then.
  // (Not the download day, so that loading the same file twice changes nothing.)
  const readOnOf = (records: CsvRecord<Row>[]) =>
    records
      .flatMap(({ row }) => dateColumns.map((column) => cell<string>(row, column)))
      .filter((day): day is string => day !== null)
      .reduce((latest, day) => (day > latest ? day : latest), ACV_SCHEME_COMMENCED_ON);
  const mapped = (records: CsvRecord<Row>[]) => {
    const readOn = readOnOf(records);
    return records.map(({ line, row }) => ({ line, row: toRecord(row, readOn) }));
  };

  const importer: DatasetImporter<AssetsDatabase, z.output<typeof rowSchema>> = {
    source: mapping.source,
    requiredColumns: Object.keys(shape),
    rowSchema,
    check: (db, records, file) => checkRecords(db, file, mapped(records), mapping.source.id),
    write: (trx, records, run) =>
      writeRecords(
        trx,
        mapped(records).map(({ row }) => row),
        mapping.source.id,
        run,
        { closeMissing: true },
      ),
  };
  return importer;
}
