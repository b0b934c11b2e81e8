import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { listRepository, type ListOrdering } from '../../../kit/list/list-query';
import { containsPattern } from '../../../kit/list/text-search';
import { qualified } from '../../../kit/list/columns';
import { normaliseName } from '../council-name/normalise-name';
import type { CouncilRow, CouncilsDatabase } from '../database';
import { ImdEdition } from '../deprivation/imd-edition.enum';
import { CouncilOrderField } from './council.enums';
import { COUNCIL_COLUMNS } from './council.table';
import type { CouncilFilter } from './council.inputs';

type Db = Kysely<CouncilsDatabase>;
type CouncilQuery = SelectQueryBuilder<CouncilsDatabase, 'council', object>;

export const findCouncilsByIds = (db: Db, ids: readonly string[]): Promise<CouncilRow[]> =>
  db.selectFrom('council').select(COUNCIL_COLUMNS).where('id', 'in', ids).execute();

export const findCouncilsByCodes = (db: Db, codes: readonly string[]): Promise<CouncilRow[]> =>
  db.selectFrom('council').select(COUNCIL_COLUMNS).where('code', 'in', codes).execute();

export const findCouncilsByCountyCodes = (
  db: Db,
  codes: readonly string[],
): Promise<CouncilRow[]> =>
  db
    .selectFrom('council')
    .select(COUNCIL_COLUMNS)
    .where('county_code', 'in', codes)
    .orderBy('name')
    .execute();

export const findCouncilsByStrategicAuthorities = (
  db: Db,
  codes: readonly string[],
): Promise<CouncilRow[]> =>
  db
    .selectFrom('council')
    .select(COUNCIL_COLUMNS)
    .where('strategic_authority_code', 'in', codes)
    .orderBy('name')
    .execute();

/** Councils whose `replaced-by` names any of `codes`: the predecessors of those councils. */
export const findCouncilsReplacedBy = (db: Db, codes: readonly string[]): Promise<CouncilRow[]> =>
  db
    .selectFrom('council')
    .select(COUNCIL_COLUMNS)
    .where('replaced_by_codes', '&&', sql<string[]>`${[...codes]}::text[]`)
    .orderBy('name')
    .execute();

/** Register codes whose name, official name or a known alternative spelling matches `name`. */
export async function findCouncilCodesByName(db: Db, name: string): Promise<string[]> {
  const normalised = normaliseName(name);
  const rows = await db
    .selectFrom('council_name')
    .select('council_code as code')
    .where('normalised_name', '=', normalised)
    .union(
      db
        .selectFrom('council')
        .select('code')
        .where((eb) =>
          eb.or([
            eb(eb.fn('lower', ['name']), '=', name.toLowerCase()),
            eb(eb.fn('lower', ['official_name']), '=', name.toLowerCase()),
          ]),
        ),
    )
    .execute();
  return rows.map((row) => row.code);
}

function applyFilter(query: CouncilQuery, filter: CouncilFilter | undefined): CouncilQuery {
  if (!filter) return query;
  let q = query;
  if (filter.nation) q = q.where('council.nation', '=', filter.nation);
  if (filter.region) q = q.where('council.region', '=', filter.region);
  if (filter.kind?.length) q = q.where('council.kind', 'in', filter.kind);
  if (filter.tier) q = q.where('council.tier', '=', filter.tier);
  if (filter.active !== undefined && filter.active !== null)
    q = q.where('council.active', '=', filter.active);
  if (filter.strategicAuthorityId)
    q = q.where('council.strategic_authority_code', '=', filter.strategicAuthorityId);
  if (filter.countyId) {
    const countyId = filter.countyId;
    q = q.where('council.county_code', '=', (eb) =>
      eb.selectFrom('council as county').select('county.code').where('county.id', '=', countyId),
    );
  }
  if (filter.nameContains) {
    const pattern = containsPattern(filter.nameContains);
    q = q.where((eb) =>
      eb.or([eb('council.name', 'ilike', pattern), eb('council.official_name', 'ilike', pattern)]),
    );
  }
  return q;
}

/** Councils by each order field; IMD rank from the edition's row (none: last either way). */
const COUNCIL_ORDERING: ListOrdering<CouncilsDatabase, 'council', CouncilOrderField> = {
  fields: {
    [CouncilOrderField.NAME]: { by: 'council.name' },
    [CouncilOrderField.CODE]: { by: 'council.code' },
    [CouncilOrderField.ID]: null,
    [CouncilOrderField.POPULATION]: { by: 'council.population', nullable: true },
    [CouncilOrderField.IMD_2025_RANK]: {
      by: (eb) =>
        eb
          .selectFrom('deprivation')
          .select('deprivation.rank_of_average_score')
          .whereRef('deprivation.council_id', '=', 'council.id')
          .where('deprivation.edition', '=', ImdEdition.IMD_2025),
      nullable: true,
    },
  },
  tieBreaker: 'council.id',
};

/** The root list: its filters, its columns, its order (see `kit/list/list-query.ts`). */
export const { page: listCouncils, count: countCouncils } = listRepository<
  CouncilsDatabase,
  'council',
  CouncilFilter,
  CouncilOrderField,
  CouncilRow
>((db) => ({
  from: (filter) => applyFilter(db.selectFrom('council'), filter),
  select: (query) => query.select(qualified('council', COUNCIL_COLUMNS)),
  ordering: COUNCIL_ORDERING,
}));
