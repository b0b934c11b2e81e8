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
  private bytes = 0;

  /**
   * `weight` (optional) bounds the total too, by a measure the caller trusts for its values (the
   * gateway's response cache: the length of each answer's JSON); a value larger than the whole
   * bound is not kept.
   */
  constructor(
    readonly maxEntries: number,
    private readonly weight?: { maxBytes: number; of: (value: V) => number },
  ) {}

  async get(key: string): Promise<V | undefined> {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  async set(key: string, value: V): Promise<void> {
    this.remove(key);
    const bytes = this.weight?.of(value) ?? 0;
    if (this.weight && bytes > this.weight.maxBytes) return;
    this.entries.set(key, value);
    this.bytes += bytes;
    while (
      this.entries.size > this.maxEntries ||
      (this.weight && this.bytes > this.weight.maxBytes)
    ) {
      this.remove(this.entries.keys().next().value as string);
    }
  }

  async delete(key: string): Promise<boolean> {
    return this.remove(key);
  }

  private remove(key: string): boolean {
    const value = this.entries.get(key);
    if (value === undefined) return false;
    if (this.weight) this.bytes -= this.weight.of(value);
    return this.entries.delete(key);
  }

  /** The gateway empties its plan cache when the supergraph changes. */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}
