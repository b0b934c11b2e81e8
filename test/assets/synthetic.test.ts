import path from 'node:path';
import type { Kysely } from 'kysely';
import { countAssets, listAssets } from '../../subgraphs/assets/src/asset/asset.repository';
import { AssetStatus } from '../../subgraphs/assets/src/asset/asset.enums';
import { AssetOrder, type AssetFilter } from '../../subgraphs/assets/src/asset/asset.inputs';
import { DEFAULT_CLOCK_SETTINGS } from '../../subgraphs/assets/src/clock';
import type { AssetsDatabase } from '../../subgraphs/assets/src/database';
import { periodOn, deriveTimeline } from '../../subgraphs/assets/src/timeline/timeline';
import { dataDirectory } from '../../platform/paths';
import { readSynthCouncils } from '../../subgraphs/assets/synthetic/councils';
import { syntheticAssets, type SynthRecord } from '../../subgraphs/assets/synthetic/generate';
import { loadSynthetic } from '../../subgraphs/assets/synthetic/synthetic.importer';
import { SYNTHETIC_SOURCE_ID } from '../../subgraphs/assets/synthetic/source';
import { copyDatabase, type TestDatabase } from '../support/databases';

// A fixed day, so the histories (and who is in moratorium) do not move with the calendar.
const TODAY = '2026-11-27';
const councils = readSynthCouncils(path.join(dataDirectory(), 'uk_local_authorities.csv'));

function firstRecords(seed: number, count: number): SynthRecord[] {
  const generator = syntheticAssets({
    seed,
    today: TODAY,
    councils,
    settings: DEFAULT_CLOCK_SETTINGS,
  });
  return Array.from({ length: count }, () => generator.next().value as SynthRecord);
}

describe('synthetic register generator', () => {
  it('gives the same records for the same seed, and others for another seed', () => {
    const once = firstRecords(1, 300);
    expect(firstRecords(1, 300)).toEqual(once);
    const other = firstRecords(2, 300);
    expect(other.map((r) => r.asset.name)).not.toEqual(once.map((r) => r.asset.name));
  });

  it('marks every record synthetic and places it in a real current council', () => {
    const gss = new Set(councils.map((c) => c.gssCode));
    for (const { asset, events } of firstRecords(7, 500)) {
      expect(asset.id).toMatch(/^SYN-\d{7}$/);
      expect(asset.source_id).toBe(SYNTHETIC_SOURCE_ID);
      expect(asset.notes).toMatch(/synthetic/i);
      expect(gss.has(asset.council_id)).toBe(true);
      expect(asset.postcode).toMatch(/^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/);
      expect(asset.latitude).toBeGreaterThan(49);
      expect(asset.latitude).toBeLessThan(56);
      expect(events[0]).toMatchObject({ kind: 'nominated' });
      expect(events.every((e) => e.occurredOn <= TODAY)).toBe(true);
    }
  });

  it('records the status the clock engine derives for the day, so the row never contradicts its history', () => {
    for (const { asset, events, periods } of firstRecords(3, 500)) {
      const timeline = deriveTimeline(
        {
          recordedStatus: asset.recorded_status,
          statusQualifier: null,
          recordedOn: TODAY,
          listingEndsInSource: null,
          sportsGround: asset.sports_ground,
        },
        events,
        DEFAULT_CLOCK_SETTINGS,
      );
      expect(periodOn(timeline.periods, TODAY)?.status).toBe(asset.recorded_status);
      expect(periods).toHaveLength(timeline.periods.length);
    }
  });

  it('has the mix of a real register: refusals, expiries, sales, community purchases, moratoria', () => {
    const records = firstRecords(1, 2000);
    const statuses = new Set(records.map((r) => r.asset.recorded_status));
    for (const status of [
      AssetStatus.LISTED,
      AssetStatus.UNSUCCESSFUL,
      AssetStatus.EXPIRED,
      AssetStatus.SOLD,
      AssetStatus.BOUGHT_BY_COMMUNITY,
    ])
      expect(statuses).toContain(status);
    const kinds = new Set(records.flatMap((r) => r.events.map((e) => e.kind)));
    expect(kinds).toContain('relisted');
    expect(kinds).toContain('bid_requested');
    const inMoratorium = records.filter((r) =>
      r.moratoria.some((m) => m.notified_on <= TODAY && m.ends_on >= TODAY),
    );
    expect(inMoratorium.length).toBeGreaterThan(0);
  });
});

describe('synthetic register in a database', () => {
  let database: TestDatabase;
  let db: Kysely<AssetsDatabase>;

  beforeAll(async () => {
    database = await copyDatabase('empty');
    db = database.open<AssetsDatabase>('assets').db;
  });
  afterAll(() => database.drop());

  const load = () =>
    loadSynthetic({
      url: database.url,
      assets: 2000,
      seed: 1,
      today: TODAY,
      settings: DEFAULT_CLOCK_SETTINGS,
      dataDir: dataDirectory(),
    });

  it('writes rows that the API filters find, and replaces them on a re-run', async () => {
    const first = await load();
    expect(first).toMatchObject({ assets: 2000 });
    expect(first.moratoria).toBeGreaterThan(0);

    // The council with most listed assets in moratorium on the day.
    const { council_id } = await db
      .selectFrom('asset_moratorium')
      .select('council_id')
      .where('notified_on', '<=', TODAY)
      .where('ends_on', '>=', TODAY)
      .groupBy('council_id')
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const filter: AssetFilter = {
      councilId: council_id,
      status: [AssetStatus.LISTED],
      inMoratorium: true,
    };
    const count = await countAssets(db, filter, TODAY);
    expect(count).toBeGreaterThan(0);
    const rows = (
      await listAssets(
        db,
        filter,
        new AssetOrder(),
        { direction: 'forward', limit: 10, after: null },
        TODAY,
      )
    ).map(({ row }) => row);
    expect(rows.length).toBe(Math.min(count, 11));
    expect(rows.every((r) => r.id.startsWith('SYN-') && r.council_id === council_id)).toBe(true);

    const centre = rows[0];
    const near = await countAssets(
      db,
      { near: { latitude: centre.latitude!, longitude: centre.longitude!, km: 20 } },
      TODAY,
    );
    expect(near).toBeGreaterThan(0);

    const second = await load();
    expect(second).toMatchObject({
      assets: first.assets,
      events: first.events,
      periods: first.periods,
      moratoria: first.moratoria,
    });
    const { total } = await db
      .selectFrom('asset')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where('source_id', '=', SYNTHETIC_SOURCE_ID)
      .executeTakeFirstOrThrow();
    expect(Number(total)).toBe(2000);
    expect(await countAssets(db, filter, TODAY)).toBe(count);
  });
});
