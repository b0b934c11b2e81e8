import { assetsDeprivationImporter, assetsDevolutionImporter } from './group-facts.importer';
import { postcodeCentroidImporter } from '../../kit/geography/centroid.importer';
import { assetCentroidSources } from '../src/sources';
import type { AssetsDatabase } from '../src/database';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { citationsImporter } from './citations.importer';
import { compiledRegisterImporter } from './compiled-register.importer';
import { camdenMapping, councilRegisterImporter } from './council-register.importer';
import { eventsImporter } from './events.importer';
import { listingAuthoritiesImporter } from './listing-authorities.importer';
import { planningDataReferencesImporter } from './planning-data-references.importer';
import { planningDataRegisterImporter } from './planning-data-register.importer';

/** The assets schema's importers in import order: registers check authorities and citations; events check registers. */
export const assetsImporters: DatasetImporter<AssetsDatabase>[] = [
  listingAuthoritiesImporter,
  assetsDeprivationImporter,
  assetsDevolutionImporter,
  postcodeCentroidImporter(assetCentroidSources.postcodes),
  postcodeCentroidImporter(assetCentroidSources.niPostcodes),
  citationsImporter,
  compiledRegisterImporter,
  planningDataReferencesImporter,
  planningDataRegisterImporter,
  councilRegisterImporter(camdenMapping),
  eventsImporter,
];
