import type { DatasetLoader } from '../../kit/ingest/loader';
import { citationsLoader } from './citations.loader';
import { compiledRegisterLoader } from './compiled-register.loader';
import { camdenMapping, councilRegisterLoader } from './council-register.loader';
import { eventsLoader } from './events.loader';
import { listingAuthoritiesLoader } from './listing-authorities.loader';
import { planningDataReferencesLoader } from './planning-data-references.loader';
import { planningDataRegisterLoader } from './planning-data-register.loader';

/** The assets schema's loaders in load order: registers check authorities and citations; events check registers. */
export const assetsLoaders: DatasetLoader[] = [
  listingAuthoritiesLoader,
  citationsLoader,
  compiledRegisterLoader,
  planningDataReferencesLoader,
  planningDataRegisterLoader,
  councilRegisterLoader(camdenMapping),
  eventsLoader,
];
