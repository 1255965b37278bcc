/**
 * An in-memory cache of rendered responses with a byte budget (least recently used out first),
 * one fill at a time per key (a rush of requests for a page not yet cached renders it once), and
 * invalidation that cannot be undone by a fill in flight: `invalidate()` starts a new generation, and
 * a fill begun in an older generation answers its own waiters but is not stored.
 *
 * Invalidated entries are not answered as hits, but they are kept as the *last known* response until
 * a new rendering replaces them (or says the page is gone): when rendering fails because the database
 * is unreachable, a published report is better served as it was last seen than as an error
 * (docs/decisions/0007-reliability.md).
 */
export type Sized = { bytes: number };

export type Lookup<T> = { value: T | null; hit: boolean };

type Entry<T> = { value: T; generation: number };

export class ResponseCache<T extends Sized> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly pending = new Map<string, Promise<T | null>>();
  private generation = 0;
  private used = 0;

  constructor(private readonly maxBytes: number) {}

  /** Entries held, current or last known. */
  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.used;
  }

  /**
   * The current value (counted as a use), or null; never fills. Lets a hit be answered without a
   * promise: the public pages' hot path (scripts/serve.ts).
   */
  peek(key: string): T | null {
    const entry = this.entries.get(key);
    if (!entry || entry.generation !== this.generation) return null;
    this.touch(key, entry);
    return entry.value;
  }

  /** The current value, or the one `load` produces (shared with concurrent callers for the key). */
  async get(key: string, load: () => Promise<T | null>): Promise<Lookup<T>> {
    const value = this.peek(key);
    if (value) return { value, hit: true };
    return { value: await this.fill(key, load), hit: false };
  }

  /**
   * Renders anew even when a current value is held (while changes cannot be heard, nothing kept may be
   * trusted); concurrent callers share the rendering, and its result becomes the last known value.
   */
  async refresh(key: string, load: () => Promise<T | null>): Promise<Lookup<T>> {
    return { value: await this.fill(key, load), hit: false };
  }

  /** The value last stored for `key`, current or invalidated since; null when none is held. */
  lastKnown(key: string): T | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.touch(key, entry);
    return entry.value;
  }

  /** Everything held is out of date: the next request for any key renders anew. */
  invalidate(): void {
    this.generation++;
    this.pending.clear();
  }

  private fill(key: string, load: () => Promise<T | null>): Promise<T | null> {
    let fill = this.pending.get(key);
    if (fill) return fill;
    const generation = this.generation;
    fill = load().then(
      (value) => {
        if (this.pending.get(key) === fill) this.pending.delete(key);
        if (generation !== this.generation) return value;
        if (value) this.store(key, value);
        else this.remove(key); // not storable (e.g. 404): the page is gone, forget its last version
        return value;
      },
      (error: unknown) => {
        // A failed rendering keeps the last known value: that is what it is kept for.
        if (this.pending.get(key) === fill) this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, fill);
    return fill;
  }

  private touch(key: string, entry: Entry<T>): void {
    // Map order is the recency order: move the entry to the back.
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  private remove(key: string): void {
    const previous = this.entries.get(key);
    if (!previous) return;
    this.entries.delete(key);
    this.used -= previous.value.bytes;
  }

  private store(key: string, value: T): void {
    this.remove(key);
    if (value.bytes > this.maxBytes / 4) return; // one huge response must not flush the rest
    this.entries.set(key, { value, generation: this.generation });
    this.used += value.bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.value.bytes;
    }
  }
}
