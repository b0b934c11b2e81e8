import type { Kysely } from 'kysely';
import type { CouncilsDatabase, DeprivationRow } from '../database';

export const findDeprivationByCouncilIds = (
  db: Kysely<CouncilsDatabase>,
  ids: readonly string[],
): Promise<DeprivationRow[]> =>
  db
    .selectFrom('deprivation')
    .selectAll()
    .where('council_id', 'in', ids)
    .orderBy('edition', 'desc')
    .execute();
