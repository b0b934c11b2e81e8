/**
 * A least-recently-used cache of at most `maxEntries` values, with the `get`/`set`/`delete`
 * shape Apollo's caches take (`KeyValueCache`: the document store, the APQ store, the gateway's
 * query plan store).
 *
 * Apollo's own default (`InMemoryLRUCache`, 30 MiB each) measures a value by the length of its
 * JSON, which for a parsed document or a query plan is a fraction of the heap it holds: distinct
 * queries then grow the heap far beyond the nominal bound. Counting entries bounds it for real.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly maxEntries: number) {}

  async get(key: string): Promise<V | undefined> {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  async set(key: string, value: V): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }

  /** The gateway empties its plan cache when the supergraph changes. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
