/**
 * Where the delivery governor keeps its rate windows: in process (embedded mode) or in Redis (scale
 * mode, shared by every replica). Both implement one algorithm and pass one contract suite.
 *
 * A window is a bucket of `max` tokens in which every spent token comes back `spanMs` after the
 * moment it was spent. So no `spanMs`-long stretch of time ever holds more than `max` sends, bursts
 * up to `max` go out at once, and a platform counting "N per window" over any window never sees N+1.
 * Reservations may lie in the future (a busy group's queue); a send claims the earliest instant at
 * which every one of its windows still has room around it.
 */
export interface BucketWindow {
  /** Identifies the bucket (platform, bot, chat, limit). */
  key: string;
  max: number;
  spanMs: number;
}

export interface ReserveRequest {
  windows: readonly BucketWindow[];
  /** Keys set by `pause`: nothing is reserved before the latest of them. */
  pauseKeys: readonly string[];
  now: number;
  /** Unique per reservation, so it can be released. */
  id: string;
}

export interface BucketStore {
  /** Atomically claims the earliest instant ≥ `now` that fits every window; returns it. */
  reserve(request: ReserveRequest): Promise<number>;
  /** Gives back a reservation that will not be used (its send was cancelled). */
  release(windows: readonly BucketWindow[], id: string): Promise<void>;
  /** Nothing is reserved for these keys before `until` (a platform's `retry_after`). */
  pause(keys: readonly string[], until: number, now: number): Promise<void>;
  close(): Promise<void>;
}
