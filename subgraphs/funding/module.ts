import 'reflect-metadata';
import type { SubgraphModule } from '../kit/service/module';
import { fundingChangeViews } from './ingest/change-views';
import { fundingImporters } from './ingest';
import { migrations } from './migrations';
import { FUNDING_SCHEMA, type FundingDatabase } from './src/database';
import { createLoaders, type FundingContext } from './src/loaders';
import { buildFundingSchema } from './src/schema';
import { fundingSources } from './src/sources';

export const fundingModule: SubgraphModule<FundingDatabase, FundingContext> = {
  name: 'funding',
  schema: FUNDING_SCHEMA,
  defaultPort: 4004,
  migrations,
  importers: fundingImporters,
  sources: fundingSources,
  buildSchema: buildFundingSchema,
  createContext: (db, scope) => ({ db, scope, loaders: createLoaders(db) }),
  changeViews: fundingChangeViews,
};
