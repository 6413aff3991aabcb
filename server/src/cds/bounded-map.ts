/**
 * A map bounded in size and in time: entries expire at their own deadline, and the oldest entry
 * goes first when the map is full. Used for card ids (losing the oldest is harmless); the replay
 * cache uses `hasRoom` instead, because evicting a live jti would let that token be replayed.
 */
export class BoundedMap<V> {
  private entries = new Map<string, { value: V; expires: number }>();
  private lastSweep = 0;

  constructor(
    readonly maxSize: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Drops expired entries; at most once a second, since it walks the whole map. */
  sweep(force = false): void {
    const now = this.now();
    if (!force && now - this.lastSweep < 1000) return;
    this.lastSweep = now;
    for (const [k, e] of this.entries) if (e.expires <= now) this.entries.delete(k);
  }

  /** Whether one more entry fits without evicting a live one. */
  hasRoom(): boolean {
    if (this.entries.size < this.maxSize) return true;
    this.sweep();
    return this.entries.size < this.maxSize;
  }

  set(key: string, value: V, expires: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxSize) {
      this.sweep();
      while (this.entries.size >= this.maxSize) {
        const oldest = this.entries.keys().next().value as string;
        this.entries.delete(oldest);
      }
    }
    this.entries.set(key, { value, expires });
  }
}
