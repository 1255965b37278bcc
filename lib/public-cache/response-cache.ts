/**
 * An in-memory cache of rendered responses with a byte budget (least recently used out first),
 * one fill at a time per key (a rush of requests for a page not yet cached renders it once), and
 * invalidation that cannot be undone by a fill in flight: `clear()` starts a new generation, and a
 * fill begun in an older generation answers its own waiters but is not stored.
 */
export type Sized = { bytes: number };

export type Lookup<T> = { value: T | null; hit: boolean };

export class ResponseCache<T extends Sized> {
  private readonly entries = new Map<string, T>();
  private readonly pending = new Map<string, Promise<T | null>>();
  private generation = 0;
  private used = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.used;
  }

  /**
   * The cached value (counted as a use), or null; never fills. Lets a hit be answered without a promise:
   * the public pages' hot path (scripts/serve.ts).
   */
  peek(key: string): T | null {
    const cached = this.entries.get(key);
    if (!cached) return null;
    // Map order is the recency order: move the entry to the back.
    this.entries.delete(key);
    this.entries.set(key, cached);
    return cached;
  }

  /** The cached value, or the one `load` produces (shared with concurrent callers for the key). */
  async get(key: string, load: () => Promise<T | null>): Promise<Lookup<T>> {
    const cached = this.peek(key);
    if (cached) return { value: cached, hit: true };
    let fill = this.pending.get(key);
    if (!fill) {
      const generation = this.generation;
      fill = load().then(
        (value) => {
          if (this.pending.get(key) === fill) this.pending.delete(key);
          if (value && generation === this.generation) this.store(key, value);
          return value;
        },
        (error: unknown) => {
          if (this.pending.get(key) === fill) this.pending.delete(key);
          throw error;
        },
      );
      this.pending.set(key, fill);
    }
    return { value: await fill, hit: false };
  }

  /** Forgets everything, including fills in flight: the next request for any key renders anew. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
    this.used = 0;
  }

  private store(key: string, value: T): void {
    if (value.bytes > this.maxBytes / 4) return; // one huge response must not flush the rest
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.used -= previous.bytes;
    }
    this.entries.set(key, value);
    this.used += value.bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
  }
}
