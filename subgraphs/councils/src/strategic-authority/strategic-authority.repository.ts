import type { Kysely } from 'kysely';
import type { PageRequest } from '../../../kit/list/connection';
import { listRepository } from '../../../kit/list/list-query';
import { OrderDirection } from '../../../kit/list/order-direction.enum';
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

/** Authorities by name, ties by id: the list's one order. */
const BY_NAME = { field: 'name', direction: OrderDirection.ASC } as const;

const { page, count } = listRepository<
  CouncilsDatabase,
  'strategic_authority',
  undefined,
  'name',
  StrategicAuthorityRow
>((db) => ({
  from: () => db.selectFrom('strategic_authority'),
  select: (query) => query.select(STRATEGIC_AUTHORITY_COLUMNS),
  ordering: { fields: { name: { by: 'name' } }, tieBreaker: 'id' },
}));

export const listStrategicAuthorities = (db: Db, request: PageRequest) =>
  page(db, undefined, BY_NAME, request);

export const countStrategicAuthorities = (db: Db): Promise<number> => count(db, undefined);

/** The devolution facts of these authorities (those the file gives). */
export const findDevolutionByIds = (db: Db, ids: readonly string[]) =>
  db
    .selectFrom('strategic_authority_devolution')
    .select([
      'id',
      'mayoral',
      'mayor_since',
      'mayor_since_basis',
      'level',
      'mayoral_source_url',
      'level_source_url',
      'notes',
    ])
    .where('id', 'in', ids)
    .execute();
