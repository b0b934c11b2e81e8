import 'reflect-metadata';
import type { SubgraphModule } from '../kit/service/module';
import { councilsChangeViews } from './ingest/change-views';
import { councilsImporters } from './ingest';
import { councilsSources } from './src/sources';
import { migrations } from './migrations';
import { COUNCILS_SCHEMA, type CouncilsDatabase } from './src/database';
import { createLoaders, type CouncilsContext } from './src/loaders';
import { buildCouncilsSchema } from './src/schema';

export const councilsModule: SubgraphModule<CouncilsDatabase, CouncilsContext> = {
  name: 'councils',
  schema: COUNCILS_SCHEMA,
  defaultPort: 4001,
  migrations,
  importers: councilsImporters,
  sources: councilsSources,
  buildSchema: buildCouncilsSchema,
  createContext: (db, scope) => ({ db, scope, loaders: createLoaders(db) }),
  changeViews: councilsChangeViews,
};
