import type { CouncilsContext } from '../loaders';
import { toStrategicAuthority } from './strategic-authority.mapper';
import type { StrategicAuthority } from './strategic-authority.type';

export async function resolveStrategicAuthorityReference(
  reference: { id: string },
  { loaders }: CouncilsContext,
): Promise<StrategicAuthority | null> {
  const row = await loaders.strategicAuthorityById.load(reference.id);
  return row ? toStrategicAuthority(row) : null;
}
