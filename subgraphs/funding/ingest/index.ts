import type { FundingDatabase } from '../src/database';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { grants360CsvSource, grants360JsonSource } from '../src/sources';
import { boardAllocationsImporter } from './board-allocations.importer';
import { communityOwnershipFundImporter } from './community-ownership-fund.importer';
import { councilDeprivationImporter, devolutionImporter } from './group-facts.importer';
import { councilFactsImporter } from './council-facts.importer';
import { grantCrosswalkImporter } from './grant-crosswalk.importer';
import { grants360GivingImporter } from './grants-360giving.importer';
import { impactFundImporter } from './impact-fund.importer';
import { programmesImporter } from './programmes.importer';

export const grants360CsvImporter = grants360GivingImporter(grants360CsvSource);
export const grants360JsonImporter = grants360GivingImporter(grants360JsonSource);

/** The funding schema's importers in import order: later ones check references to earlier ones. */
export const fundingImporters: DatasetImporter<FundingDatabase>[] = [
  councilFactsImporter,
  councilDeprivationImporter,
  devolutionImporter,
  programmesImporter,
  impactFundImporter,
  boardAllocationsImporter,
  communityOwnershipFundImporter,
  grants360CsvImporter,
  grants360JsonImporter,
  grantCrosswalkImporter,
];
