import type { SyntheticDataset } from '../../kit/service/module';
import { today as ukToday } from '../../../platform/calendar';
import { isIsoDate } from '../src/clock';
import { readClockSettings } from '../src/timeline/clock-settings';
import { SYNTHETIC_SOURCE_ID } from './source';
import { loadSynthetic } from './synthetic.importer';

/**
 * `npm run synth`: a synthetic register of Assets of Community Value over the real councils, for
 * scale tests (`npm run bench -- --assets` measures the assets filters on it). Ids start with
 * `SYN-` and the source is `S-SYNTHETIC`.
 */
export const syntheticAssetRegister: SyntheticDataset = {
  sourceId: SYNTHETIC_SOURCE_ID,
  async write({ url, count, seed, today, dataDir, logger }) {
    // The histories run up to this day, so it decides who is in moratorium: the same seed and
    // day give the same rows. Default: today, which is what the API's filters default to.
    const day = today ?? ukToday();
    if (!isIsoDate(day)) throw new Error(`--today must be a date as YYYY-MM-DD, got "${day}"`);
    const report = await loadSynthetic({
      url,
      assets: count,
      seed,
      today: day,
      settings: readClockSettings(),
      dataDir,
      logger,
    });
    const seconds = report.loadMs / 1000;
    return [
      `synthetic register: ${report.assets} assets (seed ${seed}, as of ${day}), ingest_run ${report.runId}`,
      `  rows: ${report.events} events, ${report.periods} status periods, ${report.moratoria} moratoria; ${report.rows} in all`,
      `  load (delete old + generate + insert + commit): ${seconds.toFixed(1)} s, ${Math.round(report.rows / seconds)} rows/s (${Math.round(report.assets / seconds)} assets/s)`,
      `  vacuum analyze: ${(report.analyzeMs / 1000).toFixed(1)} s`,
    ];
  },
};
