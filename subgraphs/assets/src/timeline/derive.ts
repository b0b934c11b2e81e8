import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { AssetStatus } from '../asset/asset.enums';
import type { ClockSettings } from '../clock';
import type { AssetsDatabase } from '../database';
import type { AssetMoratoriumTable, AssetPeriodTable } from './timeline.table';
import { deriveTimeline, type TimelineEvent } from './timeline';

const BATCH = 5_000;
const INSERT_CHUNK = 2_000;

/** What the timeline reads of a stored (or synthetic) asset row. */
export interface TimelineRow {
  id: string;
  council_id: string;
  recorded_status: string;
  status_qualifier: string | null;
  recorded_on: string;
  listing_ends_in_source: string | null;
  sports_ground: boolean;
}

/** An asset row's timeline: what the load writes to the derived tables, and the API shows. */
export const timelineOfRow = (
  asset: TimelineRow,
  events: TimelineEvent[],
  settings: ClockSettings,
) =>
  deriveTimeline(
    {
      recordedStatus: asset.recorded_status as AssetStatus,
      statusQualifier: asset.status_qualifier,
      recordedOn: asset.recorded_on,
      listingEndsInSource: asset.listing_ends_in_source,
      sportsGround: asset.sports_ground,
    },
    events,
    settings,
  );

/** The rows of the derived tables for one asset. */
export function derivedRows(
  asset: TimelineRow,
  events: TimelineEvent[],
  settings: ClockSettings,
): { periods: AssetPeriodTable[]; moratoria: AssetMoratoriumTable[] } {
  const timeline = timelineOfRow(asset, events, settings);
  return {
    periods: timeline.periods.map((p) => ({
      asset_id: asset.id,
      council_id: asset.council_id,
      status: p.status,
      qualifier: p.qualifier,
      starts_on: p.startsOn,
      ends_on: p.endsOn,
      basis: p.basis,
    })),
    moratoria: timeline.moratoria.map((m) => ({
      asset_id: asset.id,
      council_id: asset.council_id,
      notified_on: m.notifiedOn,
      regime: m.regime,
      ends_on: m.endsOn.date,
      protected_until: m.protectedUntil.date,
    })),
  };
}

export async function insertDerived(
  trx: Kysely<AssetsDatabase>,
  periods: AssetPeriodTable[],
  moratoria: AssetMoratoriumTable[],
): Promise<void> {
  for (let i = 0; i < periods.length; i += INSERT_CHUNK)
    await trx
      .insertInto('asset_period')
      .values(periods.slice(i, i + INSERT_CHUNK))
      .execute();
  for (let i = 0; i < moratoria.length; i += INSERT_CHUNK)
    await trx
      .insertInto('asset_moratorium')
      .values(moratoria.slice(i, i + INSERT_CHUNK))
      .execute();
}

/** The first day each asset's status is known: the start of its first period. */
export function knownFromOf(periods: AssetPeriodTable[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const p of periods) {
    const seen = first.get(p.asset_id);
    if (p.starts_on && (!seen || p.starts_on < seen)) first.set(p.asset_id, p.starts_on);
  }
  return first;
}

/** Writes `asset.known_from`, touching only rows whose value changes (a reload stays a no-op). */
async function updateKnownFrom(trx: Kysely<AssetsDatabase>, periods: AssetPeriodTable[]) {
  const first = knownFromOf(periods);
  if (first.size === 0) return;
  await sql`
    update assets.asset a set known_from = v.known_from
    from (select unnest(${[...first.keys()]}::text[]) as id,
                 unnest(${[...first.values()]}::date[]) as known_from) v
    where a.id = v.id and a.known_from is distinct from v.known_from`.execute(trx);
}

/**
 * Rebuilds `asset_period` and `asset_moratorium` from every asset and event under `settings`,
 * in the load's transaction (keyset batches, so a million assets do not sit in memory at once),
 * and records the settings used.
 */
export async function deriveTimelines(
  trx: Kysely<AssetsDatabase>,
  settings: ClockSettings,
): Promise<void> {
  await sql`truncate assets.asset_period, assets.asset_moratorium`.execute(trx);
  let after = '';
  for (;;) {
    const assets = await trx
      .selectFrom('asset')
      .select([
        'id',
        'council_id',
        'recorded_status',
        'status_qualifier',
        'recorded_on',
        'listing_ends_in_source',
        'sports_ground',
      ])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (assets.length === 0) break;
    after = assets[assets.length - 1].id;
    const events = await trx
      .selectFrom('asset_event')
      .select(['asset_id', 'kind', 'occurred_on'])
      .where(
        'asset_id',
        'in',
        assets.map((a) => a.id),
      )
      .execute();
    const byAsset = new Map<string, TimelineEvent[]>();
    for (const e of events) {
      const list = byAsset.get(e.asset_id) ?? [];
      list.push({ kind: e.kind, occurredOn: e.occurred_on });
      byAsset.set(e.asset_id, list);
    }
    const periods: AssetPeriodTable[] = [];
    const moratoria: AssetMoratoriumTable[] = [];
    for (const asset of assets) {
      const rows = derivedRows(asset, byAsset.get(asset.id) ?? [], settings);
      periods.push(...rows.periods);
      moratoria.push(...rows.moratoria);
    }
    await insertDerived(trx, periods, moratoria);
    await updateKnownFrom(trx, periods);
  }
  await recordDerivation(trx, settings);
}

/**
 * Records which clock settings the derived tables were computed under, so a service started
 * with other settings can say its status filters are stale (`derivationMismatch`).
 */
export async function recordDerivation(
  trx: Kysely<AssetsDatabase>,
  settings: ClockSettings,
): Promise<void> {
  const values = { settings: JSON.stringify(settings), derived_at: new Date() };
  await trx
    .insertInto('derivation')
    .values({ id: true, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

/**
 * Why the derived tables do not fit `settings` (they were computed under other clock settings,
 * e.g. before `COMMUNITY_RIGHT_TO_BUY_COMMENCES_ON` was set), or null when they do or nothing
 * has been derived yet.
 */
export async function derivationMismatch(
  db: Kysely<AssetsDatabase>,
  settings: ClockSettings,
): Promise<string | null> {
  const row = await db
    .selectFrom('derivation')
    .select(['settings', 'derived_at'])
    .executeTakeFirst();
  if (!row) return null;
  // jsonb arrives parsed.
  const derived = clockSettingsSchema.safeParse(row.settings);
  const under = derived.success ? derived.data.communityRightToBuyCommencesOn : undefined;
  if (under === settings.communityRightToBuyCommencesOn) return null;
  const describe = (day: string | null | undefined) =>
    day === undefined ? 'unreadable settings' : day ? `commencement on ${day}` : 'no commencement';
  return `status periods and moratoria were derived on ${new Date(row.derived_at).toISOString()} under ${describe(under)} of the Community Right to Buy, but this service computes under ${describe(settings.communityRightToBuyCommencesOn)}: status filters may disagree with the statuses shown until \`npm run ingest\` derives them again with the same COMMUNITY_RIGHT_TO_BUY_COMMENCES_ON`;
}

const clockSettingsSchema = z.object({
  communityRightToBuyCommencesOn: z.string().nullable(),
});
