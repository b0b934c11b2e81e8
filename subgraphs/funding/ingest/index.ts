import type { DatasetLoader } from '../../kit/ingest/loader';
import { grants360CsvSource, grants360JsonSource } from '../src/sources';
import { boardAllocationsLoader } from './board-allocations.loader';
import { communityOwnershipFundLoader } from './community-ownership-fund.loader';
import { councilDeprivationLoader } from './council-deprivation.loader';
import { councilFactsLoader } from './council-facts.loader';
import { grantCrosswalkLoader } from './grant-crosswalk.loader';
import { grants360GivingLoader } from './grants-360giving.loader';
import { impactFundLoader } from './impact-fund.loader';
import { programmesLoader } from './programmes.loader';

export const grants360CsvLoader = grants360GivingLoader(grants360CsvSource);
export const grants360JsonLoader = grants360GivingLoader(grants360JsonSource);

/** The funding schema's loaders in load order: later ones check references to earlier ones. */
export const fundingLoaders: DatasetLoader[] = [
  councilFactsLoader,
  councilDeprivationLoader,
  programmesLoader,
  impactFundLoader,
  boardAllocationsLoader,
  communityOwnershipFundLoader,
  grants360CsvLoader,
  grants360JsonLoader,
  grantCrosswalkLoader,
];
