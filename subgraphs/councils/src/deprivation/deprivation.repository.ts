import type { Kysely } from 'kysely';
import type { CouncilsDatabase, DeprivationRow } from '../database';
import { DEPRIVATION_COLUMNS } from './deprivation.table';

export const findDeprivationByCouncilIds = (
  db: Kysely<CouncilsDatabase>,
  ids: readonly string[],
): Promise<DeprivationRow[]> =>
  db
    .selectFrom('deprivation')
    .select(DEPRIVATION_COLUMNS)
    .where('council_id', 'in', ids)
    .orderBy('edition', 'desc')
    .execute();
