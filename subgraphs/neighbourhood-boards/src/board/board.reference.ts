import type { NeighbourhoodBoardsContext } from '../loaders';
import { toBoard } from './board.mapper';
import type { NeighbourhoodBoard } from './board.type';

/** Resolves `NeighbourhoodBoard` representations from other subgraphs, in batches. */
export async function resolveBoardReference(
  reference: { id: string },
  { loaders }: NeighbourhoodBoardsContext,
): Promise<NeighbourhoodBoard | null> {
  const row = await loaders.boardById.load(reference.id);
  return row ? toBoard(row) : null;
}
