import { createHash } from 'node:crypto';
import path from 'node:path';
import { CompiledQuery, type Kysely } from 'kysely';
import { createDatabase } from '../../../platform/db/database';
import type { Logger } from '../../../platform/logger';
import type { PreparedInput } from '../../kit/ingest/importer';
import { importAll, refreshStatistics } from '../../kit/ingest/pipeline';
import { listingAuthoritiesImporter } from '../ingest/listing-authorities.importer';
import type { ClockSettings, IsoDate } from '../src/clock';
import { ASSETS_SCHEMA, type AssetsDatabase } from '../src/database';
import { recordDerivation } from '../src/timeline/derive';
import { synthBatch, type SynthConstants } from './bulk-insert';
import { readSynthCouncils, type SynthCouncil } from './councils';
import { syntheticAssets, type SynthRecord } from './generate';
import { GENERATOR_VERSION, SYNTHETIC_ORIGIN, SYNTHETIC_SOURCE_ID, syntheticNotes } from './source';

const BATCH = 5_000;

export interface SynthLoadOptions {
  url: string;
  assets: number;
  seed: number;
  today: IsoDate;
  settings: ClockSettings;
  dataDir: string;
  logger?: Logger;
}

export interface SynthTotals {
  assets: number;
  events: number;
  periods: number;
  moratoria: number;
}

export interface SynthLoadReport extends SynthTotals {
  /** Rows written to the four tables. */
  rows: number;
  /** Delete of the previous synthetic rows, generation and insert, commit (not the vacuum). */
  loadMs: number;
  analyzeMs: number;
  runId: number;
}

/**
 * The synthetic register as one input of the import pipeline: its write deletes the previous
 * synthetic rows and generates and inserts `assets` new ones, with their derived rows from the
 * clock engine per asset as it is generated (so the module's `derive`, which would re-derive
 * every asset, does not run). The run is recorded under `S-SYNTHETIC` with a checksum of what
 * made the rows (generator version, count, seed, day, settings). Real rows are not touched.
 */
export function syntheticRegister(
  options: Omit<SynthLoadOptions, 'url'>,
  councils: SynthCouncil[],
  totals: SynthTotals,
): PreparedInput<AssetsDatabase> {
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
  return {
    sourceId: SYNTHETIC_SOURCE_ID,
    name: `synthetic: ${options.assets} assets, seed ${options.seed}, as of ${options.today}`,
    checksum,
    rows: options.assets,
    ms: 0,
    // Generated from the real register's councils: nothing to check against the database.
    check: async () => [],
    write: async (trx, run) => {
      await deleteSynthetic(trx);
      const constants: SynthConstants = {
        runId: run.id,
        validFrom: run.startedAt,
        recordedOn: options.today,
        notes: syntheticNotes(options.seed),
        sourceId: SYNTHETIC_SOURCE_ID,
        origin: SYNTHETIC_ORIGIN,
      };
      Object.assign(totals, await writeBatches(trx, options, councils, constants));
      await recordDerivation(trx, options.settings);
      return { inserted: totals.assets, updated: 0, removed: 0, unchanged: 0 };
    },
  };
}

/**
 * Replaces the synthetic register in `url` (its `assets` schema, migrated) with `assets` records
 * from `seed`, through the import pipeline: one transaction, so a failed run leaves the previous
 * register. Listing authorities are imported in the same run when the database has none, so
 * council ids resolve. VACUUM ANALYZE afterwards: the planner would otherwise guess and the bench
 * measure bad plans, and the index-only scans of the filters need the visibility map.
 */
export async function loadSynthetic(options: SynthLoadOptions): Promise<SynthLoadReport> {
  const councils = readSynthCouncils(path.join(options.dataDir, 'uk_local_authorities.csv'));
  const database = createDatabase<AssetsDatabase>({
    url: options.url,
    schema: ASSETS_SCHEMA,
    applicationName: 'synth',
    logger: options.logger,
  });
  try {
    const { db } = database;
    const authorities = await db.selectFrom('listing_authority').select('code').limit(1).execute();
    const totals: SynthTotals = { assets: 0, events: 0, periods: 0, moratoria: 0 };
    const started = performance.now();
    const reports = await importAll(
      [
        {
          name: 'assets',
          schema: ASSETS_SCHEMA,
          db,
          steps: authorities.length
            ? []
            : [
                {
                  importer: listingAuthoritiesImporter,
                  filePath: path.join(options.dataDir, listingAuthoritiesImporter.source.fileName),
                },
              ],
          inputs: [syntheticRegister(options, councils, totals)],
        },
      ],
      { logger: options.logger, statistics: 'none' },
    );
    const loadMs = performance.now() - started;
    const analyzeStarted = performance.now();
    await refreshStatistics(db, ASSETS_SCHEMA, 'vacuum');
    return {
      ...totals,
      rows: totals.assets + totals.events + totals.periods + totals.moratoria,
      loadMs,
      analyzeMs: performance.now() - analyzeStarted,
      runId: reports[reports.length - 1].runId,
    };
  } finally {
    await database.destroy();
  }
}

/** Derived rows have no source column: they go with the synthetic assets they belong to. */
async function deleteSynthetic(trx: Kysely<AssetsDatabase>): Promise<void> {
  const synthetic = trx
    .selectFrom('asset')
    .select('id')
    .where('source_id', '=', SYNTHETIC_SOURCE_ID);
  await trx.deleteFrom('asset_moratorium').where('asset_id', 'in', synthetic).execute();
  await trx.deleteFrom('asset_period').where('asset_id', 'in', synthetic).execute();
  await trx.deleteFrom('asset_event').where('source_id', '=', SYNTHETIC_SOURCE_ID).execute();
  await trx.deleteFrom('asset').where('source_id', '=', SYNTHETIC_SOURCE_ID).execute();
}

/**
 * Generates and writes batch by batch, with one batch in flight while the next is generated (the
 * generator is CPU in Node, the insert is CPU in Postgres: on two cores they overlap).
 */
async function writeBatches(
  trx: Kysely<AssetsDatabase>,
  options: Omit<SynthLoadOptions, 'url'>,
  councils: SynthCouncil[],
  constants: SynthConstants,
): Promise<SynthTotals> {
  const totals: SynthTotals = { assets: 0, events: 0, periods: 0, moratoria: 0 };
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
    for (; records.length < BATCH && done < options.assets; done += 1) {
      const next = generator.next();
      if (next.done) throw new Error(`the synthetic generator stopped after ${done} assets`);
      records.push(next.value);
    }
    const batch = synthBatch(records, constants);
    const error = await inFlight;
    if (error) throw error;
    inFlight = trx.executeQuery(CompiledQuery.raw(batch.text, batch.values)).then(
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
