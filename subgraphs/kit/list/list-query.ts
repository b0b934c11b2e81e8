import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type OrderByDirection,
  type SelectQueryBuilder,
  type SqlBool,
  type StringReference,
} from 'kysely';
import { badUserInput } from '../../../platform/errors/client-errors';
import type { PageRequest, Positioned } from './connection';
import type { CursorPosition } from './cursor';
import { OrderDirection } from './order-direction.enum';

/**
 * What one sort field orders by: a column, or an expression of the row (a subquery); `nullable`
 * puts rows without a value last in either direction.
 */
export interface SortTerm<DB, TB extends keyof DB> {
  by: StringReference<DB, TB> | ((eb: ExpressionBuilder<DB, TB>) => Expression<unknown>);
  nullable?: boolean;
}

/**
 * How a list is ordered: each field of its `…OrderField` enum, by value, to the term it sorts by
 * (null: only the tie-breaker, e.g. the `ID` field), and the unique column that breaks ties in
 * the same direction, so that every order is total: pages neither repeat nor skip rows, and a
 * keyset cursor (the sort value and the unique key of a row) says exactly where a page starts.
 */
export interface ListOrdering<DB, TB extends keyof DB, Field extends string> {
  fields: Record<Field, SortTerm<DB, TB> | null>;
  tieBreaker: StringReference<DB, TB>;
}

/** An `orderBy` argument (see `orderInput`). */
export interface Order<Field extends string> {
  field: Field;
  direction: OrderDirection;
}

/** The columns a keyset page selects beside the row, to make each row's cursor. */
export interface CursorColumns {
  cursor_sort: unknown;
  cursor_key: unknown;
}

const sortExpression =
  <DB, TB extends keyof DB>(term: SortTerm<DB, TB>) =>
  (eb: ExpressionBuilder<DB, TB>): Expression<unknown> =>
    typeof term.by === 'string' ? eb.ref(term.by) : term.by(eb);

/** Backward pages are read in the reverse order, then turned round (`positioned`). */
const isBackward = (page: PageRequest | undefined) => page?.direction === 'backward';

/** The query sorted as `order` asks (reversed for a backward page), ties broken by the key. */
export function ordered<DB, TB extends keyof DB, O, Field extends string>(
  query: SelectQueryBuilder<DB, TB, O>,
  ordering: ListOrdering<DB, TB, Field>,
  order: Order<Field>,
  page?: PageRequest,
): SelectQueryBuilder<DB, TB, O> {
  const reverse = isBackward(page);
  const ascending = (order.direction === OrderDirection.ASC) !== reverse;
  const direction: OrderByDirection = ascending ? 'asc' : 'desc';
  const term = ordering.fields[order.field];
  const sorted = term
    ? query.orderBy(sortExpression(term), (ob) =>
        !term.nullable
          ? ob[direction]()
          : reverse
            ? ob[direction]().nullsFirst()
            : ob[direction]().nullsLast(),
      )
    : query;
  return sorted.orderBy(ordering.tieBreaker, direction);
}

/**
 * The rows on the page's side of its cursor, in list order with nulls last: after a row come the
 * rows with a later sort value, those with the same value and a later key, and every row without
 * a value; before it, the mirror.
 */
function beyondCursor<DB, TB extends keyof DB, Field extends string>(
  eb: ExpressionBuilder<DB, TB>,
  ordering: ListOrdering<DB, TB, Field>,
  order: Order<Field>,
  page: PageRequest,
  position: CursorPosition,
): Expression<SqlBool> {
  const argument = page.direction === 'forward' ? 'after' : 'before';
  if (!('key' in position))
    throw badUserInput(
      `\`${argument}\` is a cursor of another list: use one this list gave`,
      argument,
    );
  const later = page.direction === 'forward';
  const op = sql.raw((order.direction === OrderDirection.ASC) === later ? '>' : '<');
  const key = eb.ref(ordering.tieBreaker);
  const term = ordering.fields[order.field];
  if (!term) return sql<SqlBool>`${key} ${op} ${position.key}`;
  const value = sortExpression(term)(eb);
  const { sort } = position;
  if (later)
    return sort === null
      ? sql<SqlBool>`(${value} is null and ${key} ${op} ${position.key})`
      : sql<SqlBool>`(${value} ${op} ${sort} or (${value} = ${sort} and ${key} ${op} ${position.key}) or ${value} is null)`;
  return sort === null
    ? sql<SqlBool>`(${value} is not null or ${key} ${op} ${position.key})`
    : sql<SqlBool>`(${value} ${op} ${sort} or (${value} = ${sort} and ${key} ${op} ${position.key}))`;
}

/**
 * One keyset page of a query: the rows beyond the cursor, in order, one more than asked (to
 * learn whether more follow). The position comes from the rows themselves, never an offset, so
 * a page starts where the last one ended however deep the list.
 */
export function paged<DB, TB extends keyof DB, O, Field extends string>(
  query: SelectQueryBuilder<DB, TB, O>,
  ordering: ListOrdering<DB, TB, Field>,
  order: Order<Field>,
  page: PageRequest,
): SelectQueryBuilder<DB, TB, O> {
  const position = page.direction === 'forward' ? page.after : page.before;
  const bounded = position
    ? query.where((eb) => beyondCursor(eb, ordering, order, page, position))
    : query;
  return ordered(bounded, ordering, order, page).limit(page.limit + 1);
}

/** Selects what a row's cursor is made of: its sort value and its unique key. */
export function withCursor<DB, TB extends keyof DB, O, Field extends string>(
  query: SelectQueryBuilder<DB, TB, O>,
  ordering: ListOrdering<DB, TB, Field>,
  order: Order<Field>,
): SelectQueryBuilder<DB, TB, O & CursorColumns> {
  const term = ordering.fields[order.field];
  return query
    .select((eb) => [
      (term ? sql<unknown>`${sortExpression(term)(eb)}` : sql<unknown>`null`).as('cursor_sort'),
      sql<unknown>`${eb.ref(ordering.tieBreaker)}`.as('cursor_key'),
    ])
    .$castTo<O & CursorColumns>();
}

/** A cursor's sort value as JSON carries it (pg gives timestamps as `Date`, bigints as numbers). */
const sortValue = (value: unknown): string | number | null =>
  value === null || value === undefined
    ? null
    : typeof value === 'number'
      ? value
      : value instanceof Date
        ? value.toISOString()
        : String(value);

/** Rows with their cursor positions, in list order (a backward page read in reverse, turned). */
export function positioned<Row extends CursorColumns>(
  rows: Row[],
  page: PageRequest,
): Positioned<Row>[] {
  const inOrder = isBackward(page) ? [...rows].reverse() : rows;
  return inOrder.map((row) => ({
    row,
    position: { sort: sortValue(row.cursor_sort), key: String(row.cursor_key) },
  }));
}

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
 * (`select`) and how it is ordered. Its two statements are the keyset page and the count a
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
    page: async (
      db: Kysely<DB>,
      filter: Filter | undefined,
      order: Order<Field>,
      page: PageRequest,
    ): Promise<Positioned<Row & CursorColumns>[]> => {
      const list = define(db);
      const query = withCursor(list.select(list.from(filter)), list.ordering, order);
      return positioned(await paged(query, list.ordering, order, page).execute(), page);
    },
    count: (db: Kysely<DB>, filter: Filter | undefined): Promise<number> =>
      countOf(define(db).from(filter)),
  };
}
