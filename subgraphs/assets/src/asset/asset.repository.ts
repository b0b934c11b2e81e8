import {
  sql,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
} from 'kysely';
import { qualified } from '../../../kit/list/columns';
import type { PageRequest, Positioned } from '../../../kit/list/connection';
import {
  countOf,
  ordered,
  paged,
  positioned,
  withCursor,
  type CursorColumns,
  type ListOrdering,
} from '../../../kit/list/list-query';
import { containsPattern } from '../../../kit/list/text-search';
import type { AssetRow, AssetsDatabase } from '../database';
import { AssetEventKind } from '../event/event.enums';
import { AssetOrderField, AssetStatus } from './asset.enums';
import type { AssetFilter, AssetOrder } from './asset.inputs';
import { ASSET_COLUMNS } from './asset.table';

type Db = Kysely<AssetsDatabase>;
type AssetQuery<O = object> = SelectQueryBuilder<AssetsDatabase, 'asset', O>;
type Eb = ExpressionBuilder<AssetsDatabase, 'asset'>;

const KM_PER_DEGREE = 111.32;
const EARTH_RADIUS_KM = 6371;

/** Where a council is given, every subquery is narrowed to it too, so the planner can start there. */
type CouncilScope = string | RawBuilder<string> | undefined;

/** The asset's status period containing `day` (at most one: periods do not overlap). */
const periodOnDay = (eb: Eb, day: string, council: CouncilScope) => {
  let q = eb
    .selectFrom('asset_period')
    .select(sql`1`.as('one'))
    .whereRef('asset_period.asset_id', '=', 'asset.id')
    .where('asset_period.starts_on', '<=', day)
    .where((w) =>
      w.or([w('asset_period.ends_on', 'is', null), w('asset_period.ends_on', '>', day)]),
    );
  if (council !== undefined) q = q.where('asset_period.council_id', '=', council);
  return q;
};

/** A moratorium (interim or full) running on `day`. */
const moratoriumOnDay = (eb: Eb, day: string, council: CouncilScope) => {
  let q = eb
    .selectFrom('asset_moratorium')
    .select(sql`1`.as('one'))
    .whereRef('asset_moratorium.asset_id', '=', 'asset.id')
    .where('asset_moratorium.notified_on', '<=', day)
    .where('asset_moratorium.ends_on', '>=', day);
  if (council !== undefined) q = q.where('asset_moratorium.council_id', '=', council);
  return q;
};

/**
 * The register as it stood on `day`: assets the sources place on a list that day (an asset
 * whose first known status is later is not yet on it), narrowed by the filter. `council` is the
 * council filter, or the outer council of a per-council (lateral) query.
 */
export function applyAssetFilter<O>(
  query: AssetQuery<O>,
  filter: AssetFilter | undefined,
  day: string,
  council: CouncilScope = filter?.councilId ?? undefined,
): AssetQuery<O> {
  // Periods follow one another without gaps and the last is open: with no status asked for,
  // "on a list that day" is `known_from <= day`, read from the index.
  let q = filter?.status?.length
    ? query.where((eb) =>
        eb.exists(periodOnDay(eb, day, council).where('asset_period.status', 'in', filter.status!)),
      )
    : query.where('asset.known_from', '<=', day);
  if (council !== undefined) q = q.where('asset.council_id', '=', council);
  if (!filter) return q;
  if (filter.region != null) q = q.where('asset.region', '=', filter.region);
  if (filter.category?.length) q = q.where('asset.category', 'in', filter.category);
  if (filter.nameContains != null)
    q = q.where('asset.name', 'ilike', containsPattern(filter.nameContains));
  if (filter.inMoratorium === true)
    q = q.where((eb) => eb.exists(moratoriumOnDay(eb, day, council)));
  if (filter.inMoratorium === false)
    q = q.where((eb) => eb.not(eb.exists(moratoriumOnDay(eb, day, council))));
  if (filter.moratoriumEndsBefore != null) {
    const before = filter.moratoriumEndsBefore;
    q = q.where((eb) =>
      eb.exists(moratoriumOnDay(eb, day, council).where('asset_moratorium.ends_on', '<', before)),
    );
  }
  if (filter.listedAfter != null || filter.listedBefore != null) {
    const { listedAfter, listedBefore } = filter;
    q = q.where((eb) => {
      let listing = eb
        .selectFrom('asset_event')
        .select(sql`1`.as('one'))
        .whereRef('asset_event.asset_id', '=', 'asset.id')
        .where('asset_event.kind', 'in', [AssetEventKind.LISTED, AssetEventKind.RELISTED]);
      if (listedAfter != null)
        listing = listing.where('asset_event.occurred_on', '>=', listedAfter);
      if (listedBefore != null)
        listing = listing.where('asset_event.occurred_on', '<=', listedBefore);
      return eb.exists(listing);
    });
  }
  if (filter.expiringBefore != null) {
    const before = filter.expiringBefore;
    // Listed on the day, in a span the five-year rule ends (the next span is its expiry).
    q = q.where((eb) =>
      eb.exists(
        periodOnDay(eb, day, council)
          .where('asset_period.status', '=', AssetStatus.LISTED)
          .where('asset_period.ends_on', '<=', before)
          .where((w) =>
            w.exists(
              w
                .selectFrom('asset_period as next')
                .select(sql`1`.as('one'))
                .whereRef('next.asset_id', '=', 'asset.id')
                .whereRef('next.starts_on', '=', 'asset_period.ends_on')
                .where('next.basis', '=', 'rule:listing-ended'),
            ),
          ),
      ),
    );
  }
  if (filter.near) {
    const { latitude, longitude, km } = filter.near;
    const dLat = km / KM_PER_DEGREE;
    const dLon = km / (KM_PER_DEGREE * Math.max(Math.cos((latitude * Math.PI) / 180), 0.01));
    // The box uses the index; the haversine distance then trims its corners.
    q = q
      .where('asset.location_latitude', '>=', latitude - dLat)
      .where('asset.location_latitude', '<=', latitude + dLat)
      .where('asset.location_longitude', '>=', longitude - dLon)
      .where('asset.location_longitude', '<=', longitude + dLon)
      .where(
        sql<boolean>`${EARTH_RADIUS_KM} * 2 * asin(sqrt(
          power(sin(radians(asset.location_latitude - ${latitude}) / 2), 2) +
          cos(radians(${latitude})) * cos(radians(asset.location_latitude)) *
          power(sin(radians(asset.location_longitude - ${longitude}) / 2), 2))) <= ${km}`,
      );
  }
  return q;
}

const ASSET_ORDERING: ListOrdering<AssetsDatabase, 'asset', AssetOrderField> = {
  fields: { [AssetOrderField.NAME]: { by: 'asset.name' }, [AssetOrderField.ID]: null },
  tieBreaker: 'asset.id',
};

export const findAssetsByIds = (db: Db, ids: readonly string[]): Promise<AssetRow[]> =>
  db.selectFrom('asset').select(ASSET_COLUMNS).where('id', 'in', ids).execute();

/** The assets whose `column` (an `Organisation` id) is one of `ids`, by name. */
export const findAssetsByOrganisationIds = (
  db: Db,
  column: 'nominating_organisation_id' | 'owner_organisation_id',
  ids: readonly string[],
): Promise<AssetRow[]> =>
  db
    .selectFrom('asset')
    .select(ASSET_COLUMNS)
    .where(column, 'in', ids)
    .orderBy('name')
    .orderBy('id')
    .execute();

/**
 * A keyset page of the filtered list. The page's ids are chosen first (from the indexes, which
 * carry the name and `known_from`), then only those rows are read: on a million assets a `near`
 * circle matches thousands, and reading them all to keep twenty cost ten times more.
 */
export async function listAssets(
  db: Db,
  filter: AssetFilter | undefined,
  order: AssetOrder,
  page: PageRequest,
  day: string,
): Promise<Positioned<AssetRow & CursorColumns>[]> {
  const ids = paged(
    applyAssetFilter(db.selectFrom('asset'), filter, day).select('asset.id'),
    ASSET_ORDERING,
    order,
    page,
  );
  const rows = await ordered(
    withCursor(
      db.selectFrom('asset').select(qualified('asset', ASSET_COLUMNS)).where('asset.id', 'in', ids),
      ASSET_ORDERING,
      order,
    ),
    ASSET_ORDERING,
    order,
    page,
  ).execute();
  return positioned(rows, page);
}

export const countAssets = (
  db: Db,
  filter: AssetFilter | undefined,
  day: string,
): Promise<number> => countOf(applyAssetFilter(db.selectFrom('asset'), filter, day));

/**
 * One page of assets for each of several councils, in one statement: a lateral subquery per
 * council, so the cost is one statement however many councils and whatever the page size.
 */
export async function listAssetsOfCouncils(
  db: Db,
  councilIds: readonly string[],
  filter: AssetFilter | undefined,
  order: AssetOrder,
  page: PageRequest,
  day: string,
): Promise<(AssetRow & CursorColumns)[]> {
  return db
    .selectFrom(
      sql<{ council_id: string }>`(select unnest(${[...councilIds]}::text[]) as council_id)`.as(
        'k',
      ),
    )
    .innerJoinLateral(
      (eb) =>
        paged(
          withCursor(
            applyAssetFilter(
              eb.selectFrom('asset'),
              filter,
              day,
              sql.ref<string>('k.council_id'),
            ).select(qualified('asset', ASSET_COLUMNS)),
            ASSET_ORDERING,
            order,
          ),
          ASSET_ORDERING,
          order,
          page,
        ).as('a'),
      (join) => join.onTrue(),
    )
    .select([...qualified('a', ASSET_COLUMNS), 'a.cursor_sort', 'a.cursor_key'])
    .execute();
}

/** The filtered count for each of several councils, in one statement. */
export async function countAssetsOfCouncils(
  db: Db,
  councilIds: readonly string[],
  filter: AssetFilter | undefined,
  day: string,
): Promise<{ council_id: string; count: number }[]> {
  const rows = await applyAssetFilter(db.selectFrom('asset'), filter, day, undefined)
    .where('asset.council_id', 'in', councilIds)
    .select((eb) => ['asset.council_id', eb.fn.countAll<number>().as('count')])
    .groupBy('asset.council_id')
    .execute();
  return rows.map((row) => ({ council_id: row.council_id, count: Number(row.count) }));
}
