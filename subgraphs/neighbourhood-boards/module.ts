import 'reflect-metadata';
import type { SubgraphModule } from '../kit/service/module';
import { neighbourhoodBoardsChangeViews } from './ingest/change-views';
import { neighbourhoodBoardsImporters } from './ingest';
import { checkReferences } from './ingest/integrity';
import { neighbourhoodBoardsSources } from './src/sources';
import { migrations } from './migrations';
import { NEIGHBOURHOOD_BOARDS_SCHEMA, type NeighbourhoodBoardsDatabase } from './src/database';
import { createLoaders, type NeighbourhoodBoardsContext } from './src/loaders';
import { buildNeighbourhoodBoardsSchema } from './src/schema';

export const neighbourhoodBoardsModule: SubgraphModule<
  NeighbourhoodBoardsDatabase,
  NeighbourhoodBoardsContext
> = {
  name: 'neighbourhood-boards',
  schema: NEIGHBOURHOOD_BOARDS_SCHEMA,
  defaultPort: 4002,
  migrations,
  importers: neighbourhoodBoardsImporters,
  integrity: checkReferences,
  sources: neighbourhoodBoardsSources,
  buildSchema: buildNeighbourhoodBoardsSchema,
  createContext: (db, scope) => ({ db, scope, loaders: createLoaders(db) }),
  changeViews: neighbourhoodBoardsChangeViews,
};
