import { loadAndMap } from '../../../kit/entity/dataloaders';
import type { FundingContext } from '../loaders';
import { toProgramme } from './programme.mapper';
import type { Programme } from './programme.type';

/** The programme an allocation, grant or total names, through the request's loader. */
export const programmeOf = (
  programmeId: string | null,
  { loaders }: FundingContext,
): Promise<Programme | null> =>
  programmeId ? loadAndMap(loaders.programmeById, programmeId, toProgramme) : Promise.resolve(null);
