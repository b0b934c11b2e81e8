import type { NeighbourhoodBoardsDatabase } from '../src/database';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { boardStatusImporter } from './board-status.importer';
import { membershipsImporter } from './memberships.importer';
import { organisationsImporter } from './organisations.importer';
import { placesImporter } from './places.importer';

/** The neighbourhood_boards schema's importers in import order: later ones check references to earlier ones. */
export const neighbourhoodBoardsImporters: DatasetImporter<NeighbourhoodBoardsDatabase>[] = [
  placesImporter,
  organisationsImporter,
  boardStatusImporter,
  membershipsImporter,
];
