import DataLoader from 'dataloader';

/**
 * A DataLoader for lookups with at most one row per key (by id, by code). One call to `fetch`
 * per batch, i.e. one SQL statement however many keys the request needs.
 */
export function keyedLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A DataLoader for one-to-many lookups (a county's districts, an authority's members). A row
 * can belong to several keys (e.g. a council replaced by two successors).
 */
export function groupedLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keysOf: (row: Row) => string | string[] | null,
): DataLoader<string, Row[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) {
      for (const key of [keysOf(row) ?? []].flat()) groups.get(key)?.push(row);
    }
    return keys.map((key) => groups.get(key)!);
  });
}
