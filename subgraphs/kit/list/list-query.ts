import type { Kysely, OrderByDirection, ReferenceExpression, SelectQueryBuilder } from 'kysely';
import type { PageRequest } from './connection';
import { OrderDirection } from './order-direction.enum';

/** What one sort field orders by; `nullable` puts rows without a value last either way. */
export interface SortTerm<DB, TB extends keyof DB> {
  by: ReferenceExpression<DB, TB>;
  nullable?: boolean;
}

/**
 * How a list is ordered: each field of its `…OrderField` enum, by value, to the term it sorts by
 * (null: only the tie-breaker, e.g. the `ID` field), and the unique column that breaks ties in
 * the same direction, so that every order is total and pages neither repeat nor skip rows.
 */
export interface ListOrdering<DB, TB extends keyof DB, Field extends string> {
  fields: Record<Field, SortTerm<DB, TB> | null>;
  tieBreaker: ReferenceExpression<DB, TB>;
}

/** An `orderBy` argument (see `orderInput`). */
export interface Order<Field extends string> {
  field: Field;
  direction: OrderDirection;
}

const sqlDirection = (order: { direction: OrderDirection }): OrderByDirection =>
  order.direction === OrderDirection.DESC ? 'desc' : 'asc';

/** The query sorted as `order` asks, ties broken by the ordering's unique column. */
export function ordered<DB, TB extends keyof DB, O, Field extends string>(
  query: SelectQueryBuilder<DB, TB, O>,
  ordering: ListOrdering<DB, TB, Field>,
  order: Order<Field>,
): SelectQueryBuilder<DB, TB, O> {
  const direction = sqlDirection(order);
  const term = ordering.fields[order.field];
  const sorted = term
    ? query.orderBy(term.by, (ob) =>
        term.nullable ? ob[direction]().nullsLast() : ob[direction](),
      )
    : query;
  return sorted.orderBy(ordering.tieBreaker, direction);
}

/** One page of an ordered query: one row more than asked, to learn whether a next page exists. */
export const paged = <DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: PageRequest,
): SelectQueryBuilder<DB, TB, O> => query.offset(page.offset).limit(page.limit + 1);

/** How many rows a filtered query (nothing selected yet) holds. */
export async function countOf<DB, TB extends keyof DB>(
  filtered: SelectQueryBuilder<DB, TB, object>,
): Promise<number> {
  // The compiler cannot resolve a selection over generic tables; the row is `{ count }`.
  const row = await filtered
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$castTo<{ count: number | string }>()
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * A root list, written once: the filtered query (`from`, nothing selected), what a row is
 * (`select`) and how it is ordered. `listPage` and `listCount` are the two statements a
 * connection may cost (`listConnection` runs the count only when `totalCount` is asked); a
 * repository exposes them through `listRepository`.
 */
export interface ListQuery<DB, TB extends keyof DB, Filter, Field extends string, Row> {
  from(filter: Filter | undefined): SelectQueryBuilder<DB, TB, object>;
  select(query: SelectQueryBuilder<DB, TB, object>): SelectQueryBuilder<DB, TB, Row>;
  ordering: ListOrdering<DB, TB, Field>;
}

/**
 * A root list's two statements as repository functions taking the database first:
 * `export const { page: listBoards, count: countBoards } = listRepository<...>((db) => ({...}))`.
 */
export function listRepository<DB, TB extends keyof DB, Filter, Field extends string, Row>(
  define: (db: Kysely<DB>) => ListQuery<DB, TB, Filter, Field, Row>,
) {
  return {
    page: (
      db: Kysely<DB>,
      filter: Filter | undefined,
      order: Order<Field>,
      page: PageRequest,
    ): Promise<Row[]> => listPage(define(db), filter, order, page),
    count: (db: Kysely<DB>, filter: Filter | undefined): Promise<number> =>
      listCount(define(db), filter),
  };
}

const listPage = <DB, TB extends keyof DB, Filter, Field extends string, Row>(
  list: ListQuery<DB, TB, Filter, Field, Row>,
  filter: Filter | undefined,
  order: Order<Field>,
  page: PageRequest,
): Promise<Row[]> =>
  paged(ordered(list.select(list.from(filter)), list.ordering, order), page).execute();

const listCount = <DB, TB extends keyof DB, Filter, Field extends string, Row>(
  list: ListQuery<DB, TB, Filter, Field, Row>,
  filter: Filter | undefined,
): Promise<number> => countOf(list.from(filter));
