import { createHash } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { listingAuthoritiesLoader } from '../../../subgraphs/assets/ingest/listing-authorities.loader';
import type { AssetsDatabase } from '../../../subgraphs/assets/src/database';
import type { ClockSettings, IsoDate } from '../../../subgraphs/assets/src/clock';
import { createDatabase } from '../../../platform/db/database';
import { runLoader } from '../../../subgraphs/kit/ingest/loader';
import { ingestLockKey } from '../../../subgraphs/kit/ingest/write';
import type { Logger } from '../../../platform/logger';
import { synthBatch, type SynthConstants } from './bulk-insert';
import { readSynthCouncils } from './councils';
import { syntheticAssets, type SynthRecord } from './generate';
import { GENERATOR_VERSION, SYNTHETIC_ORIGIN, SYNTHETIC_SOURCE_ID, syntheticNotes } from './source';

const BATCH = 5_000;
const TABLES = ['asset', 'asset_event', 'asset_period', 'asset_moratorium'];

export interface SynthLoadOptions {
  url: string;
  assets: number;
  seed: number;
  today: IsoDate;
  settings: ClockSettings;
  dataDir: string;
  logger?: Logger;
}

export interface SynthLoadReport {
  assets: number;
  events: number;
  periods: number;
  moratoria: number;
  /** Rows written to the four tables. */
  rows: number;
  /** Delete of the previous synthetic rows, generation and insert, commit (not the analyze). */
  loadMs: number;
  analyzeMs: number;
  runId: number;
}

/**
 * Replaces the synthetic register in `url` (its `assets` schema, migrated) with `assets` records
 * from `seed`: old synthetic rows are deleted and the new ones written in one transaction, so a
 * failed run leaves the previous register; the derived rows come from the clock engine per
 * asset as it is generated. Listing authorities are loaded first (with the kit loader) when the
 * database has none, so council ids resolve. Real rows are not touched.
 */
export async function loadSynthetic(options: SynthLoadOptions): Promise<SynthLoadReport> {
  await ensureListingAuthorities(options);
  const councils = readSynthCouncils(path.join(options.dataDir, 'uk_local_authorities.csv'));
  const client = new pg.Client({ connectionString: options.url, application_name: 'synth' });
  await client.connect();
  const started = performance.now();
  try {
    await client.query('begin');
    // A big load outruns any serving timeout; and it waits for a concurrent ingest to finish.
    await client.query(`set local statement_timeout = 0`);
    await client.query(`select pg_advisory_xact_lock(hashtext($1))`, [ingestLockKey('assets')]);
    await deleteSynthetic(client);

    const validFrom = new Date();
    const fileName = `synthetic: ${options.assets} assets, seed ${options.seed}, as of ${options.today}`;
    const checksum = createHash('sha256')
      .update(
        JSON.stringify({
          generator: GENERATOR_VERSION,
          assets: options.assets,
          seed: options.seed,
          today: options.today,
          settings: options.settings,
        }),
      )
      .digest('hex');
    const { rows } = await client.query<{ id: string }>(
      `insert into assets.ingest_run (source_id, file_name, checksum_sha256, rows_in_file, started_at)
       values ($1, $2, $3, $4, $5) returning id`,
      [SYNTHETIC_SOURCE_ID, fileName, checksum, options.assets, validFrom],
    );
    const runId = Number(rows[0].id);
    const constants: SynthConstants = {
      runId,
      validFrom,
      recordedOn: options.today,
      notes: syntheticNotes(options.seed),
      sourceId: SYNTHETIC_SOURCE_ID,
      origin: SYNTHETIC_ORIGIN,
    };
    const totals = await writeBatches(client, options, councils, constants);

    await client.query(
      `insert into assets.derivation (id, settings, derived_at) values (true, $1, now())
       on conflict (id) do update set settings = excluded.settings, derived_at = excluded.derived_at`,
      [JSON.stringify(options.settings)],
    );
    await client.query(
      `update assets.ingest_run set inserted = $2, updated = 0, removed = 0, unchanged = 0,
         finished_at = clock_timestamp() where id = $1`,
      [runId, totals.assets],
    );
    await client.query('commit');
    const loadMs = performance.now() - started;

    // Fresh statistics now, not when autovacuum comes round: the planner would otherwise guess
    // and the bench would measure bad plans. VACUUM also sets the visibility map, which the
    // index-only scans of the filters rely on.
    const analyzeStarted = performance.now();
    for (const table of TABLES) await client.query(`vacuum (analyze) assets.${table}`);
    return {
      ...totals,
      rows: totals.assets + totals.events + totals.periods + totals.moratoria,
      loadMs,
      analyzeMs: performance.now() - analyzeStarted,
      runId,
    };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function ensureListingAuthorities(options: SynthLoadOptions): Promise<void> {
  const database = createDatabase<AssetsDatabase>({
    url: options.url,
    schema: 'assets',
    applicationName: 'synth',
    logger: options.logger,
  });
  try {
    const any = await database.db.selectFrom('listing_authority').select('code').limit(1).execute();
    if (any.length === 0)
      await runLoader(
        database.db,
        listingAuthoritiesLoader,
        path.join(options.dataDir, 'uk_local_authorities.csv'),
        { logger: options.logger, lockKey: ingestLockKey('assets') },
      );
  } finally {
    await database.destroy();
  }
}

/** Derived rows have no source column: they go with the synthetic assets they belong to. */
async function deleteSynthetic(client: pg.Client): Promise<void> {
  const synthetic = `select id from assets.asset where source_id = $1`;
  await client.query(`delete from assets.asset_moratorium where asset_id in (${synthetic})`, [
    SYNTHETIC_SOURCE_ID,
  ]);
  await client.query(`delete from assets.asset_period where asset_id in (${synthetic})`, [
    SYNTHETIC_SOURCE_ID,
  ]);
  await client.query(`delete from assets.asset_event where source_id = $1`, [SYNTHETIC_SOURCE_ID]);
  await client.query(`delete from assets.asset where source_id = $1`, [SYNTHETIC_SOURCE_ID]);
}

/**
 * Generates and writes batch by batch, with one batch in flight while the next is generated (the
 * generator is CPU in Node, the insert is CPU in Postgres: on two cores they overlap).
 */
async function writeBatches(
  client: pg.Client,
  options: SynthLoadOptions,
  councils: ReturnType<typeof readSynthCouncils>,
  constants: SynthConstants,
) {
  const totals = { assets: 0, events: 0, periods: 0, moratoria: 0 };
  const generator = syntheticAssets({
    seed: options.seed,
    today: options.today,
    councils,
    settings: options.settings,
  });
  // Resolves to the error, if any, so a failure while the next batch is generated is not an
  // unhandled rejection.
  let inFlight: Promise<unknown> = Promise.resolve(null);
  let reported = 0;
  for (let done = 0; done < options.assets; ) {
    const records: SynthRecord[] = [];
    for (; records.length < BATCH && done < options.assets; done += 1)
      records.push(generator.next().value as SynthRecord);
    const batch = synthBatch(records, constants);
    const error = await inFlight;
    if (error) throw error;
    inFlight = client.query(batch.text, batch.values).then(
      () => null,
      (failure: unknown) => failure,
    );
    totals.assets += batch.counts.assets;
    totals.events += batch.counts.events;
    totals.periods += batch.counts.periods;
    totals.moratoria += batch.counts.moratoria;
    if (totals.assets - reported >= 100_000) {
      reported = totals.assets;
      options.logger?.info({ assets: totals.assets }, 'synthetic assets written');
    }
  }
  const error = await inFlight;
  if (error) throw error;
  return totals;
}
