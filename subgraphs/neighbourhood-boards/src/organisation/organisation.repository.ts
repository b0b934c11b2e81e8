import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PageRequest } from '../../../kit/list/connection';
import {
  listCount,
  listPage,
  type ListOrdering,
  type ListQuery,
} from '../../../kit/list/list-query';
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

const ORGANISATION_ORDERING: ListOrdering<
  NeighbourhoodBoardsDatabase,
  'organisation',
  OrganisationOrderField
> = {
  fields: { [OrganisationOrderField.NAME]: { by: 'name' }, [OrganisationOrderField.ID]: null },
  tieBreaker: 'id',
};

const organisationList = (
  db: Db,
): ListQuery<
  NeighbourhoodBoardsDatabase,
  'organisation',
  OrganisationFilter,
  OrganisationOrderField,
  OrganisationRow
> => ({
  from: (filter) => applyFilter(db.selectFrom('organisation'), filter),
  select: (query) => query.select(ORGANISATION_COLUMNS),
  ordering: ORGANISATION_ORDERING,
});

export const listOrganisations = (
  db: Db,
  filter: OrganisationFilter | undefined,
  order: OrganisationOrder,
  page: PageRequest,
): Promise<OrganisationRow[]> => listPage(organisationList(db), filter, order, page);

export const countOrganisations = (
  db: Db,
  filter: OrganisationFilter | undefined,
): Promise<number> => listCount(organisationList(db), filter);
