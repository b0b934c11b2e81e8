import 'reflect-metadata';
import type { Kysely } from 'kysely';
import type { SubgraphModule } from '../kit/service/module';
import { assetsChangeViews } from './ingest/change-views';
import { assetsImporters } from './ingest';
import { migrations } from './migrations';
import { ASSETS_SCHEMA, type AssetsDatabase } from './src/database';
import { createLoaders, type AssetsContext } from './src/loaders';
import { buildAssetsSchema } from './src/schema';
import { assetsSources } from './src/sources';
import { readClockSettings } from './src/timeline/clock-settings';
import { derivationMismatch, deriveTimelines } from './src/timeline/derive';
import { deriveLocations } from './src/location/derive-locations';
import { syntheticAssetRegister } from './synthetic/synthetic.dataset';
import type { ClockSettings } from './src/clock';

// Read once, when first needed: the settings are configuration, validated at start.
let settings: ClockSettings | undefined;
const clockSettings = (): ClockSettings => (settings ??= readClockSettings());

export const assetsModule: SubgraphModule<AssetsDatabase, AssetsContext> = {
  name: 'assets',
  schema: ASSETS_SCHEMA,
  defaultPort: 4003,
  migrations,
  importers: assetsImporters,
  sources: assetsSources,
  derive: async (trx: Kysely<AssetsDatabase>) => {
    await deriveTimelines(trx, clockSettings());
    await deriveLocations(trx);
  },
  buildSchema: buildAssetsSchema,
  createContext: (db, scope) => ({
    db,
    scope,
    loaders: createLoaders(db),
    settings: clockSettings(),
  }),
  startupWarnings: async (db) => {
    const mismatch = await derivationMismatch(db, clockSettings());
    return mismatch ? [mismatch] : [];
  },
  synthetic: syntheticAssetRegister,
  changeViews: assetsChangeViews,
};
