import type { CouncilsDatabase } from '../src/database';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { combinedAuthoritiesImporter } from './combined-authorities.importer';
import { devolutionImporter } from './devolution.importer';
import { imd2019Importer, imd2025Importer } from './imd.importers';
import { nameLookupImporter } from './name-lookup.importer';
import { registerImporter } from './register.importer';
import { countyBoundariesImporter, districtBoundariesImporter } from './boundaries.importer';
import {
  outcodeCentroidImporter,
  postcodeCentroidImporter,
} from '../../kit/geography/centroid.importer';
import { councilCentroidSources } from '../src/sources';

/** The councils schema's importers in import order: later ones check references against earlier ones. */
export const councilsImporters: DatasetImporter<CouncilsDatabase>[] = [
  registerImporter,
  combinedAuthoritiesImporter,
  devolutionImporter,
  imd2025Importer,
  imd2019Importer,
  nameLookupImporter,
  districtBoundariesImporter,
  countyBoundariesImporter,
  postcodeCentroidImporter(councilCentroidSources.postcodes),
  postcodeCentroidImporter(councilCentroidSources.niPostcodes),
  outcodeCentroidImporter(councilCentroidSources.outcodes),
  outcodeCentroidImporter(councilCentroidSources.niOutcodes),
];
