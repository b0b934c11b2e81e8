import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PageRequest } from '../../../kit/list/connection';
import { OrderDirection } from '../../../kit/list/order-direction.enum';
import { containsPattern } from '../../../kit/list/text-search';
import type { NeighbourhoodBoardsDatabase, OrganisationRow } from '../database';
import { ORGANISATION_COLUMNS } from './organisation.table';
import { OrganisationOrderField } from './organisation.enums';
import type { OrganisationFilter, OrganisationOrder } from './organisation.inputs';

type Db = Kysely<NeighbourhoodBoardsDatabase>;
type OrganisationQuery = SelectQueryBuilder<NeighbourhoodBoardsDatabase, 'organisation', object>;

export const findOrganisationsByIds = (
  db: Db,
  ids: readonly string[],
): Promise<OrganisationRow[]> =>
  db.selectFrom('organisation').select(ORGANISATION_COLUMNS).where('id', 'in', ids).execute();

function applyFilter(
  query: OrganisationQuery,
  filter: OrganisationFilter | undefined,
): OrganisationQuery {
  if (!filter) return query;
  let q = query;
  if (filter.councilId != null) q = q.where('council_id', '=', filter.councilId);
  if (filter.kind?.length) q = q.where('kind', 'in', filter.kind);
  if (filter.nameContains != null)
    q = q.where('name', 'ilike', containsPattern(filter.nameContains));
  return q;
}

export async function listOrganisations(
  db: Db,
  filter: OrganisationFilter | undefined,
  order: OrganisationOrder,
  page: PageRequest,
): Promise<OrganisationRow[]> {
  const direction = order.direction === OrderDirection.DESC ? 'desc' : 'asc';
  let query = applyFilter(db.selectFrom('organisation'), filter).select(ORGANISATION_COLUMNS);
  if (order.field === OrganisationOrderField.NAME) query = query.orderBy('name', direction);
  return query
    .orderBy('id', direction)
    .offset(page.offset)
    .limit(page.limit + 1)
    .execute();
}

export async function countOrganisations(
  db: Db,
  filter: OrganisationFilter | undefined,
): Promise<number> {
  const { count } = await applyFilter(db.selectFrom('organisation'), filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
