import type { Kysely } from 'kysely';
import type { CsvRecord } from '../../kit/ingest/csv';
import type { Problem } from '../../kit/ingest/problems';
import { syncRecords, type SyncCounts } from '../../kit/ingest/sync';
import { AssetStatus, type AssetCategory } from '../src/asset/asset.enums';
import type { AssetTable, DerivedAssetColumn } from '../src/asset/asset.table';
import { categoryFromName } from '../src/asset/category';
import { knownStatusWords, parseStatus } from '../src/asset/status-words';
import type { AssetsDatabase } from '../src/database';
import { AssetEventKind } from '../src/event/event.enums';
import type { AssetEventTable } from '../src/event/event.table';
import {
  findAuthority,
  findListingAuthorities,
  successionNote,
  type ListingAuthorities,
} from '../src/listing-authority/listing-authority.repository';

/**
 * One asset as any register format describes it, after its own column mapping: the compiled
 * records, the planning.data.gov.uk dataset and council registers all become this, and from it
 * the same rows, so every format gets the same checks and the same history.
 */
export interface RegisterRecord {
  id: string;
  name: string;
  /** Given by the source; otherwise read off the name. */
  category: AssetCategory | null;
  address: string | null;
  postcode: string | null;
  uprn: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Register code (`WEW`) or GSS code (`E07000241`) of the listing authority. */
  authority: string;
  /** Column the authority came from, for problems. */
  authorityColumn: string;
  authorityName: string | null;
  /**
   * GSS or register code of an abolished council the source says listed the asset, when
   * `authority` is already its successor: the asset then says who listed it.
   */
  formerAuthority: string | null;
  nominatingGroup: string | null;
  nominatingOrganisationId: string | null;
  ownerName: string | null;
  ownerOrganisationId: string | null;
  /** The status cell; null when the format has none (then derived from the dates). */
  statusText: string | null;
  statusColumn: string;
  /** Columns the listing dates came from, for problems (default: the compiled format's). */
  dateColumns?: { listedOn?: string; listingEndsOn?: string };
  nominatedOn: string | null;
  decidedOn: string | null;
  listedOn: string | null;
  listingEndsOn: string | null;
  /** Dated events the format carries beyond the four dates (notices, moratoria...). */
  events: { kind: AssetEventKind; on: string; column: string }[];
  registerReference: string | null;
  planningDataEntity: number | null;
  notes: string | null;
  citationId: string | null;
  sourceUrl: string | null;
  recordedOn: string;
}

const LISTING_FAMILY = new Set([
  AssetStatus.LISTED,
  AssetStatus.EXPIRED,
  AssetStatus.REMOVED,
  AssetStatus.SOLD,
  AssetStatus.BOUGHT_BY_COMMUNITY,
]);

/** The status a record's dates imply, for formats without a status column. */
function statusFromDates(record: RegisterRecord): AssetStatus {
  if (record.listedOn) return AssetStatus.LISTED;
  if (record.nominatedOn) return AssetStatus.NOMINATED;
  return AssetStatus.NOMINATED;
}

/** Checks what one record says against itself and the listing authorities. */
export function checkRecord(
  file: string,
  line: number,
  record: RegisterRecord,
  authorities: ListingAuthorities,
): Problem[] {
  const problems: Problem[] = [];
  const authority = findAuthority(authorities, record.authority);
  if (!authority)
    problems.push({
      file,
      line,
      column: record.authorityColumn,
      reason: `"${record.authority}" is not a council in the register of local authorities`,
    });
  if (authority && record.formerAuthority) {
    const former = findAuthority(authorities, record.formerAuthority);
    if (!former)
      problems.push({
        file,
        line,
        column: 'local_authority_name',
        reason: `names "${record.formerAuthority}" as the listing authority, which is not in the register of local authorities`,
      });
    else if (former.current_code !== authority.current_code)
      problems.push({
        file,
        line,
        column: record.authorityColumn,
        reason: `${former.official_name} is succeeded by ${former.current_name}, not ${authority.official_name}`,
      });
  }
  if (record.statusText !== null && !parseStatus(record.statusText))
    problems.push({
      file,
      line,
      column: record.statusColumn,
      reason: `unknown status "${record.statusText}": it must start with one of ${knownStatusWords.join(', ')}`,
    });
  if (record.nominatedOn && record.listedOn && record.listedOn < record.nominatedOn)
    problems.push({
      file,
      line,
      column: record.dateColumns?.listedOn ?? 'date_listed',
      reason: `listed on ${record.listedOn}, before its nomination on ${record.nominatedOn}`,
    });
  if (record.listedOn && record.listingEndsOn && record.listingEndsOn < record.listedOn)
    problems.push({
      file,
      line,
      column: record.dateColumns?.listingEndsOn ?? 'listing_expiry_date',
      reason: `the listing ends on ${record.listingEndsOn}, before it began on ${record.listedOn}`,
    });
  if ((record.latitude === null) !== (record.longitude === null))
    problems.push({
      file,
      line,
      column: record.latitude === null ? 'latitude' : 'longitude',
      reason: 'latitude and longitude must be given together',
    });
  if (record.latitude !== null && (record.latitude < 49 || record.latitude > 61))
    problems.push({
      file,
      line,
      column: 'latitude',
      reason: `${record.latitude} is not in the UK`,
    });
  if (record.longitude !== null && (record.longitude < -9 || record.longitude > 2.5))
    problems.push({
      file,
      line,
      column: 'longitude',
      reason: `${record.longitude} is not in the UK`,
    });
  return problems;
}

/** Every record's checks plus duplicate ids, with the listing authorities read once. */
export async function checkRecords(
  db: Kysely<AssetsDatabase>,
  file: string,
  records: CsvRecord<RegisterRecord>[],
  sourceId: string,
): Promise<Problem[]> {
  const authorities = await findListingAuthorities(db);
  // Ids are unique across sources: another register's asset with the same id is a clash to
  // resolve by hand, not a record to overwrite.
  const ids = records.map(({ row }) => row.id);
  const taken = new Map(
    ids.length === 0
      ? []
      : (
          await db
            .selectFrom('asset')
            .select(['id', 'source_id'])
            .where('id', 'in', ids)
            .where('source_id', '<>', sourceId)
            .execute()
        ).map((row) => [row.id, row.source_id]),
  );
  const firstLine = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { line, row } of records) {
    problems.push(...checkRecord(file, line, row, authorities));
    if (taken.has(row.id))
      problems.push({
        file,
        line,
        reason: `asset id "${row.id}" is already used by a record of ${taken.get(row.id)}`,
      });
    const seen = firstLine.get(row.id);
    if (seen !== undefined)
      problems.push({
        file,
        line,
        reason: `duplicate asset id "${row.id}" (first on line ${seen})`,
      });
    else firstLine.set(row.id, line);
  }
  return problems;
}

type AssetValues = Omit<AssetTable, 'loaded_by_run' | 'valid_from' | DerivedAssetColumn>;
type EventValues = Omit<AssetEventTable, 'id' | 'loaded_by_run' | 'valid_from'>;

/** The asset row and the dated events one checked record becomes. */
export function toRows(
  record: RegisterRecord,
  authorities: ListingAuthorities,
  sourceId: string,
): { asset: AssetValues; events: EventValues[] } {
  const authority = findAuthority(authorities, record.authority)!;
  const lister =
    (record.formerAuthority && findAuthority(authorities, record.formerAuthority)) || authority;
  const parsed = record.statusText ? parseStatus(record.statusText)! : null;
  const status = parsed?.status ?? statusFromDates(record);
  const inferred = record.category
    ? { category: record.category, inferred: false }
    : categoryFromName(record.name);

  const events: EventValues[] = [];
  const add = (kind: AssetEventKind, on: string | null, origin: string, detail: string) => {
    if (on)
      events.push({
        asset_id: record.id,
        kind,
        occurred_on: on,
        detail,
        origin,
        source_url: record.sourceUrl,
        source_id: sourceId,
      });
  };
  add(
    AssetEventKind.NOMINATED,
    record.nominatedOn,
    'register:nomination_date',
    'nomination date in the register',
  );
  add(AssetEventKind.LISTED, record.listedOn, 'register:date_listed', 'date of entry in the list');
  if (record.decidedOn && record.decidedOn !== record.listedOn) {
    // A decision date means what the status says was decided: a listing (when the entry date
    // is not given), a refusal, or, for a pending nomination, only that it was considered.
    const kind =
      LISTING_FAMILY.has(status) && !record.listedOn
        ? AssetEventKind.LISTED
        : status === AssetStatus.UNSUCCESSFUL
          ? AssetEventKind.UNSUCCESSFUL
          : AssetEventKind.CONSIDERED;
    add(kind, record.decidedOn, 'register:decision_date', 'decision date in the register');
  }
  for (const event of record.events)
    add(event.kind, event.on, `register:${event.column}`, `${event.column} in the register`);

  return {
    asset: {
      id: record.id,
      name: record.name,
      category: inferred.category,
      category_inferred: inferred.inferred,
      address: record.address,
      postcode: record.postcode,
      uprn: record.uprn,
      latitude: record.latitude,
      longitude: record.longitude,
      council_id: authority.current_gss_code ?? authority.current_code,
      // An abolished council may have no region in the register; its successor has.
      region: authorities.byCode.get(authority.current_code)?.region ?? authority.region,
      listing_authority_name: record.authorityName ?? authority.official_name,
      succession_note: successionNote(lister),
      nominating_group: record.nominatingGroup,
      nominating_organisation_id: record.nominatingOrganisationId,
      owner_name: record.ownerName,
      owner_organisation_id: record.ownerOrganisationId,
      recorded_status: status,
      status_qualifier: parsed?.qualifier ?? null,
      recorded_on: record.recordedOn,
      listing_ends_in_source: record.listingEndsOn,
      register_reference: record.registerReference,
      planning_data_entity: record.planningDataEntity,
      sports_ground: inferred.category === 'sports_ground',
      notes: record.notes,
      citation_id: record.citationId,
      source_url: record.sourceUrl,
      source_id: sourceId,
    },
    events,
  };
}

/**
 * The assets an earlier file of a council register held and this one leaves out: kept, with
 * their events, and closed by a LEFT_REGISTER event on the day the new file was read, so that
 * `asOf` an earlier day still shows the register as it stood.
 */
async function closedRows(
  trx: Kysely<AssetsDatabase>,
  records: RegisterRecord[],
  sourceId: string,
): Promise<{ asset: AssetValues; events: EventValues[] }[]> {
  const present = new Set(records.map((record) => record.id));
  const readOn = records.reduce((latest, r) => (r.recordedOn > latest ? r.recordedOn : latest), '');
  const missing = (
    await trx.selectFrom('asset').selectAll().where('source_id', '=', sourceId).execute()
  ).filter((asset) => !present.has(asset.id));
  if (missing.length === 0) return [];
  const events = await trx
    .selectFrom('asset_event')
    .selectAll()
    .where('source_id', '=', sourceId)
    .where(
      'asset_id',
      'in',
      missing.map((asset) => asset.id),
    )
    .execute();
  return missing.map(({ loaded_by_run: _run, valid_from: _from, known_from: _known, ...asset }) => {
    const own = events
      .filter((e) => e.asset_id === asset.id)
      .map(({ id: _id, loaded_by_run: _r, valid_from: _f, ...event }) => event);
    if (!own.some((e) => e.kind === AssetEventKind.LEFT_REGISTER))
      own.push({
        asset_id: asset.id,
        kind: AssetEventKind.LEFT_REGISTER,
        occurred_on: readOn > asset.recorded_on ? readOn : asset.recorded_on,
        detail: 'not in the newer register file',
        origin: 'register:absent',
        source_url: asset.source_url,
        source_id: sourceId,
      });
    return { asset, events: own };
  });
}

/**
 * Makes the assets of one source, and the events their dates imply, exactly `records`: what a
 * newer register dropped is closed (kept in `record_history`), what changed is recorded, and
 * the same file twice changes nothing. Other sources' assets are not touched.
 */
export async function writeRecords(
  trx: Kysely<AssetsDatabase>,
  records: RegisterRecord[],
  sourceId: string,
  run: { id: number; startedAt: Date },
  options: { closeMissing?: boolean } = {},
): Promise<SyncCounts> {
  const authorities = await findListingAuthorities(trx);
  const rows = records.map((record) => toRows(record, authorities, sourceId));
  if (options.closeMissing) rows.push(...(await closedRows(trx, records, sourceId)));
  const counts = await syncRecords(trx, {
    table: 'asset',
    key: ['id'],
    rows: rows.map((row) => row.asset),
    scope: { source_id: sourceId },
    runId: run.id,
    now: run.startedAt,
  });
  await syncRecords(trx, {
    table: 'asset_event',
    key: ['asset_id', 'kind', 'occurred_on', 'origin'],
    rows: rows.flatMap((row) => row.events),
    scope: { source_id: sourceId },
    runId: run.id,
    now: run.startedAt,
  });
  return counts;
}
