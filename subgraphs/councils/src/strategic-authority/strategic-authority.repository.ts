import type { Kysely } from 'kysely';
import type { PageRequest } from '../../../kit/list/connection';
import { countOf, paged } from '../../../kit/list/list-query';
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
  paged(
    db
      .selectFrom('strategic_authority')
      .select(STRATEGIC_AUTHORITY_COLUMNS)
      .orderBy('name')
      .orderBy('id'),
    page,
  ).execute();

export const countStrategicAuthorities = (db: Db): Promise<number> =>
  countOf(db.selectFrom('strategic_authority'));
