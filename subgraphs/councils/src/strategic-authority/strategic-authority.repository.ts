import type { Kysely } from 'kysely';
import type { PageRequest } from '../../../kit/list/connection';
import type { CouncilsDatabase, StrategicAuthorityRow } from '../database';
import { STRATEGIC_AUTHORITY_COLUMNS } from './strategic-authority.table';

type Db = Kysely<CouncilsDatabase>;

export const findStrategicAuthoritiesByIds = (
  db: Db,
  ids: readonly string[],
): Promise<StrategicAuthorityRow[]> =>
  db
    .selectFrom('strategic_authority')
    .select(STRATEGIC_AUTHORITY_COLUMNS)
    .where('id', 'in', ids)
    .execute();

export const listStrategicAuthorities = (
  db: Db,
  page: PageRequest,
): Promise<StrategicAuthorityRow[]> =>
  db
    .selectFrom('strategic_authority')
    .select(STRATEGIC_AUTHORITY_COLUMNS)
    .orderBy('name')
    .orderBy('id')
    .offset(page.offset)
    .limit(page.limit + 1)
    .execute();

export async function countStrategicAuthorities(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('strategic_authority')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
