import type { NeighbourhoodBoardsContext } from '../loaders';
import { toOrganisation } from './organisation.mapper';
import type { Organisation } from './organisation.type';

/** Resolves `Organisation` representations from other subgraphs, in batches. */
export async function resolveOrganisationReference(
  reference: { id: string },
  { loaders }: NeighbourhoodBoardsContext,
): Promise<Organisation | null> {
  const row = await loaders.organisationById.load(reference.id);
  return row ? toOrganisation(row) : null;
}
