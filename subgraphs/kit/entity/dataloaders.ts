import DataLoader from 'dataloader';

/**
 * A DataLoader for lookups with at most one row per key (by id, by code). One call to `fetch`
 * per batch, i.e. one SQL statement however many keys the request needs.
 */
export function keyedLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  /** Called with every fetched row: prime the loaders of the entity's other keys with it. */
  onRow?: (row: Row) => void,
): DataLoader<string, Row | null> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    if (onRow) rows.forEach(onRow);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
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

/**
 * `__resolveReference` for an entity looked up by `id` through a per-request keyed loader, so a
 * batch of representations costs one statement.
 */
export function referenceResolver<Context, Row, Entity>(
  loaderOf: (context: Context) => DataLoader<string, Row | null>,
  map: (row: Row) => Entity,
) {
  return async (reference: { id: string }, context: Context): Promise<Entity | null> =>
    loadAndMap(loaderOf(context), reference.id, map);
}

/** Loads one row by key and maps it, or null when there is none. */
export async function loadAndMap<Row, Entity>(
  loader: DataLoader<string, Row | null>,
  key: string,
  map: (row: Row) => Entity,
): Promise<Entity | null> {
  const row = await loader.load(key);
  return row ? map(row) : null;
}

/**
 * One DataLoader per distinct set of arguments (a filter, a day), made on first use within the
 * request: parents asked with the same arguments share a batch.
 */
export function perArguments<Args, Loader>(make: (args: Args) => Loader) {
  const loaders = new Map<string, Loader>();
  return (args: Args): Loader => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(args)));
    return loader;
  };
}
