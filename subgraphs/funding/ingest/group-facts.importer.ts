import type { FundingDatabase } from '../src/database';
import {
  authorityDevolutionImporter,
  councilDeprivationImporter as deprivationImporter,
} from '../../kit/compare/group-facts.importer';
import { devolutionFileSource, imd2025FileSource } from '../src/sources';
import { unknownFundingReferences } from './references';

/** Each district's IMD 2025 rank and decile, for grouping money by decile. */
export const councilDeprivationImporter = deprivationImporter<FundingDatabase>(
  imd2025FileSource,
  (db, records, file) =>
    unknownFundingReferences(db, records, file, 'lad24_code', 'council', (r) => r.lad24_code),
);

/** Whether each strategic authority has a mayor, for grouping money by `MAYORAL`. */
export const devolutionImporter =
  authorityDevolutionImporter<FundingDatabase>(devolutionFileSource);
