import type { RequestScope } from '../service/module';
import { connectionOfList, type PageArguments } from './connection';
import { bindCursors } from './cursors';
import type { Order } from './list-query';
import { OrderDirection } from './order-direction.enum';

type SortValue = string | number | null;

/**
 * How a short list in memory is ordered (a board's allocations, an asset's grants): each field
 * of its `…OrderField` enum to the value it sorts by (null: only the key, e.g. the `ID` field),
 * and the unique key that breaks ties. The same rules as `ListOrdering` in SQL: rows without a
 * value come last in either direction, and ties go by key in the same direction.
 */
export interface RowOrdering<Row, Field extends string> {
  fields: Record<Field, ((row: Row) => SortValue) | null>;
  key: (row: Row) => string;
}

// Code-unit order, as Postgres compares text under the C collation the databases are made with.
const compareValues = (a: string | number, b: string | number): number =>
  a < b ? -1 : a > b ? 1 : 0;

/** A copy of `rows` in the order `order` asks for. */
export function sortedRows<Row, Field extends string>(
  rows: readonly Row[],
  ordering: RowOrdering<Row, Field>,
  order: Order<Field>,
): Row[] {
  const sign = order.direction === OrderDirection.ASC ? 1 : -1;
  const valueOf = ordering.fields[order.field];
  const byKey = (a: Row, b: Row) => sign * compareValues(ordering.key(a), ordering.key(b));
  if (!valueOf) return [...rows].sort(byKey);
  return rows
    .map((row) => ({ row, value: valueOf(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === b.value ? byKey(a.row, b.row) : a.value === null ? 1 : -1;
      return sign * compareValues(a.value, b.value) || byKey(a.row, b.row);
    })
    .map(({ row }) => row);
}

/** Money held as an exact decimal string, as a number to sort by (pounds; ordering only). */
export const sortableAmount = (amount: string | null): number | null =>
  amount === null ? null : Number(amount);

/** One short child list, sorted as asked and paged in memory (see `pageOfList`). */
export interface SortedList<Row, Node, Field extends string> {
  /** The field (`NeighbourhoodBoard.allocations`) and what makes the list this list (the parent's key...). */
  list: string;
  parts: unknown[];
  rows: readonly Row[];
  ordering: RowOrdering<Row, Field>;
  order: Order<Field>;
  map: (row: Row) => Node;
}

/** A connection over a short child list: sorted by `orderBy`, its cursors bound to that order. */
export async function sortedListConnection<C extends object, Row, Node, Field extends string>(
  connectionType: new () => C,
  args: PageArguments,
  scope: RequestScope,
  { list, parts, rows, ordering, order, map }: SortedList<Row, Node, Field>,
): Promise<C> {
  return connectionOfList(
    connectionType,
    args,
    await bindCursors(scope, list, parts, order),
    sortedRows(rows, ordering, order).map(map),
  );
}

/**
 * The lists of one kind of row under an entity (a board's allocations, an asset's grants), made
 * once per kind: `allocationList('NeighbourhoodBoard.allocations', [board.id], rows, orderBy)`.
 */
export function sortedListOf<Row, Node, Field extends string>(
  ordering: RowOrdering<Row, Field>,
  /** The order when none is asked for. */
  byDefault: () => Order<Field>,
  map: (row: Row) => Node,
) {
  return (
    list: string,
    parts: unknown[],
    rows: readonly Row[],
    orderBy: Order<Field> | undefined,
  ): SortedList<Row, Node, Field> => ({
    list,
    parts,
    rows,
    ordering,
    order: orderBy ?? byDefault(),
    map,
  });
}
