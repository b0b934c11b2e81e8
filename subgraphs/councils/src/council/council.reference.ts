import type { CouncilsContext } from '../loaders';
import { toCouncil } from './council.mapper';
import type { Council } from './council.type';

/** Resolves `Council` representations from other subgraphs, by `id` or by `code`, in batches. */
export async function resolveCouncilReference(
  reference: { id?: string; code?: string },
  { loaders }: CouncilsContext,
): Promise<Council | null> {
  const row = reference.id
    ? await loaders.councilById.load(reference.id)
    : reference.code
      ? await loaders.councilByCode.load(reference.code)
      : null;
  return row ? toCouncil(row) : null;
}
