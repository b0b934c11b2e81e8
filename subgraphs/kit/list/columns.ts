/**
 * Table-qualified column names (`council.id`) for a query that joins: typed, so Kysely checks
 * them and types the row, as with the bare names of a one-table query.
 */
export const qualified = <T extends string, C extends string>(
  table: T,
  columns: readonly C[],
): `${T}.${C}`[] => columns.map((column) => `${table}.${column}` as const);
