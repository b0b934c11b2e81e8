import type { DatasetLoader } from '../../kit/ingest/loader';
import { combinedAuthoritiesLoader } from './combined-authorities.loader';
import { imd2019Loader, imd2025Loader } from './imd.loaders';
import { nameLookupLoader } from './name-lookup.loader';
import { registerLoader } from './register.loader';

/** The councils schema's loaders in load order: later ones check references against earlier ones. */
export const councilsLoaders: DatasetLoader[] = [
  registerLoader,
  combinedAuthoritiesLoader,
  imd2025Loader,
  imd2019Loader,
  nameLookupLoader,
];
