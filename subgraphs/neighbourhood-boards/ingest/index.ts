import type { DatasetLoader } from '../../kit/ingest/loader';
import { boardStatusLoader } from './board-status.loader';
import { membershipsLoader } from './memberships.loader';
import { organisationsLoader } from './organisations.loader';
import { placesLoader } from './places.loader';

/** The neighbourhood_boards schema's loaders in load order: later ones check references to earlier ones. */
export const neighbourhoodBoardsLoaders: DatasetLoader[] = [
  placesLoader,
  organisationsLoader,
  boardStatusLoader,
  membershipsLoader,
];
