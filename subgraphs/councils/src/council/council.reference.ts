import { loadAndMap } from '../../../kit/entity/dataloaders';
import type { CouncilsContext } from '../loaders';
import { toCouncil } from './council.mapper';
import type { Council } from './council.type';

/** Resolves `Council` representations from other subgraphs, by `id` or by `code`, in batches. */
export async function resolveCouncilReference(
  reference: { id?: string; code?: string },
  { loaders }: CouncilsContext,
): Promise<Council | null> {
  if (reference.id) return loadAndMap(loaders.councilById, reference.id, toCouncil);
  if (reference.code) return loadAndMap(loaders.councilByCode, reference.code, toCouncil);
  return null;
}
