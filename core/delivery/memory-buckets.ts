import type { BucketStore, BucketWindow, ReserveRequest } from './buckets.js';

interface Entry {
  at: number;
  id: string;
}

interface Bucket {
  spanMs: number;
  /** Reserved send instants, ascending. */
  entries: Entry[];
}

/** Buckets no send has touched for a whole window are dropped every this many reservations. */
const SWEEP_EVERY = 4096;

/** First index whose `at` is greater than `t`. */
function after(entries: readonly Entry[], t: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.at <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose `at` is `t` or later. */
function atOrAfter(entries: readonly Entry[], t: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.at < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The earliest instant ≥ `t` whose surrounding stretch (t - span, t + span) holds fewer than `max`
 * reservations. When it is full, no instant before the (c - max + 1)-th of those entries leaves the
 * stretch can fit, so jump straight there. The Redis script runs the same steps.
 */
export function earliestFit(entries: readonly Entry[], window: Pick<BucketWindow, 'max' | 'spanMs'>, t: number): number {
  for (;;) {
    const lo = after(entries, t - window.spanMs);
    const count = atOrAfter(entries, t + window.spanMs) - lo;
    if (count < window.max) return t;
    t = entries[lo + count - window.max]!.at + window.spanMs;
  }
}

/** The embedded-mode bucket store: one process, exact, no I/O. */
export class MemoryBucketStore implements BucketStore {
  readonly #buckets = new Map<string, Bucket>();
  readonly #pauses = new Map<string, number>();
  #reservations = 0;

  reserve({ windows, pauseKeys, now, id }: ReserveRequest): Promise<number> {
    if (++this.#reservations % SWEEP_EVERY === 0) this.#sweep(now);
    const buckets = windows.map((w) => this.#bucket(w, now));
    let at = now;
    for (const key of pauseKeys) at = Math.max(at, this.#pauses.get(key) ?? 0);
    for (let moved = true; moved;) {
      moved = false;
      windows.forEach((w, i) => {
        const fit = earliestFit(buckets[i]!.entries, w, at);
        if (fit > at) [at, moved] = [fit, true];
      });
    }
    for (const b of buckets) b.entries.splice(after(b.entries, at), 0, { at, id });
    return Promise.resolve(at);
  }

  release(windows: readonly BucketWindow[], id: string): Promise<void> {
    for (const w of windows) {
      const entries = this.#buckets.get(w.key)?.entries;
      const i = entries?.findIndex((e) => e.id === id) ?? -1;
      if (i >= 0) entries!.splice(i, 1);
    }
    return Promise.resolve();
  }

  pause(keys: readonly string[], until: number): Promise<void> {
    for (const key of keys) this.#pauses.set(key, Math.max(until, this.#pauses.get(key) ?? 0));
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.#buckets.clear();
    this.#pauses.clear();
    return Promise.resolve();
  }

  /** How many buckets are held (for tests of the sweep). */
  get size(): number {
    return this.#buckets.size;
  }

  #bucket(w: BucketWindow, now: number): Bucket {
    let b = this.#buckets.get(w.key);
    if (!b) this.#buckets.set(w.key, (b = { spanMs: w.spanMs, entries: [] }));
    // Entries at or before now - span can no longer share a stretch with any instant from now on.
    const stale = after(b.entries, now - b.spanMs);
    if (stale > 0) b.entries.splice(0, stale);
    return b;
  }

  #sweep(now: number): void {
    for (const [key, b] of this.#buckets) {
      const last = b.entries.at(-1);
      if (!last || last.at <= now - b.spanMs) this.#buckets.delete(key);
    }
    for (const [key, until] of this.#pauses) if (until <= now) this.#pauses.delete(key);
  }
}
