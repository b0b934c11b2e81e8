import type { NeighbourhoodBoardsDatabase } from '../src/database';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { boardStatusImporter } from './board-status.importer';
import { compiledMembersImporter } from './compiled-members.importer';
import { compiledOrganisationsImporter } from './compiled-organisations.importer';
import { compiledStatusImporter } from './compiled-status.importer';
import { membershipsImporter } from './memberships.importer';
import { organisationsImporter } from './organisations.importer';
import { placesImporter } from './places.importer';

/** The neighbourhood_boards schema's importers in import order: later ones check references to earlier ones. */
export const neighbourhoodBoardsImporters: DatasetImporter<NeighbourhoodBoardsDatabase>[] = [
  placesImporter,
  organisationsImporter,
  compiledOrganisationsImporter,
  boardStatusImporter,
  compiledStatusImporter,
  membershipsImporter,
  compiledMembersImporter,
];
