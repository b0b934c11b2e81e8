import type { Kysely, SelectQueryBuilder } from 'kysely';
import { listRepository, type ListOrdering } from '../../../kit/list/list-query';
import { containsPattern } from '../../../kit/list/text-search';
import type { NeighbourhoodBoardsDatabase, OrganisationRow } from '../database';
import { ORGANISATION_COLUMNS } from './organisation.table';
import { OrganisationOrderField } from './organisation.enums';
import type { OrganisationFilter } from './organisation.inputs';

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

/** The root list: its filters, its columns, its order (see `kit/list/list-query.ts`). */
export const { page: listOrganisations, count: countOrganisations } = listRepository<
  NeighbourhoodBoardsDatabase,
  'organisation',
  OrganisationFilter,
  OrganisationOrderField,
  OrganisationRow
>((db) => ({
  from: (filter) => applyFilter(db.selectFrom('organisation'), filter),
  select: (query) => query.select(ORGANISATION_COLUMNS),
  ordering: ORGANISATION_ORDERING,
}));
