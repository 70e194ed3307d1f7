import { randomUUID } from 'node:crypto';
import type { ChannelAdapter, Payload, RateWindow, SendResult } from '../model/adapter.js';
import type { Target } from '../model/event.js';
import { PlatformError } from '../model/errors.js';
import type { BucketStore, BucketWindow } from './buckets.js';
import { systemClock, type Clock } from './clock.js';
import type { DeliveryGovernor, SendOptions } from './governor.js';
import { MemoryBucketStore } from './memory-buckets.js';

export interface RateGovernorOptions {
  /** Where the buckets live: in process (default) or Redis (`RedisBucketStore`, shared by replicas). */
  buckets?: BucketStore;
  clock?: Clock;
  /**
   * Tokens come back this fraction of their window later than the platform documents (default
   * 0.05), which absorbs network jitter and clock skew between replicas: a send that left on time
   * may arrive a little late and make the next window look crowded to the platform.
   */
  headroom?: number;
  /** Windows shared by every bot of a platform (a tenant-wide or IP-wide quota), besides `adapter.limits`. */
  platformLimits?: Readonly<Record<string, readonly RateWindow[]>>;
  /** How many times a rate-limited send is retried (default 3). */
  maxRetries?: number;
  /** A `retry_after` longer than this fails the send instead of holding it (default 30 s). */
  maxRetryWaitMs?: number;
}

/**
 * The delivery governor: each send first reserves a slot in every bucket that applies to it (the
 * platform's, the bot's, the chat's, and the group's for groups), waits for that slot, then calls
 * the adapter. A rate-limit answer (`PlatformError.retryAfterMs`, e.g. Telegram's 429
 * `retry_after`) pauses that chat's buckets and retries; an unreachable recipient (403, blocked)
 * is never retried. Sends of adapters without limits skip the buckets entirely.
 */
export class RateGovernor implements DeliveryGovernor {
  readonly #buckets: BucketStore;
  readonly #clock: Clock;
  readonly #headroom: number;
  readonly #platformLimits: Readonly<Record<string, readonly RateWindow[]>>;
  readonly #maxRetries: number;
  readonly #maxRetryWaitMs: number;

  constructor(options: RateGovernorOptions = {}) {
    this.#buckets = options.buckets ?? new MemoryBucketStore();
    this.#clock = options.clock ?? systemClock;
    this.#headroom = options.headroom ?? 0.05;
    this.#platformLimits = options.platformLimits ?? {};
    this.#maxRetries = options.maxRetries ?? 3;
    this.#maxRetryWaitMs = options.maxRetryWaitMs ?? 30_000;
  }

  async send(adapter: ChannelAdapter, payload: Payload, options: SendOptions = {}): Promise<SendResult> {
    const windows = this.windowsFor(adapter, payload.target);
    const pauseKeys = [`${adapter.platform}:${adapter.botId}:pause:${payload.target.conversation.id}`];
    for (let attempt = 0; ; attempt++) {
      if (windows.length > 0) await this.#acquire(windows, pauseKeys, options.signal);
      else options.signal?.throwIfAborted();
      try {
        return await adapter.send(payload);
      } catch (err) {
        const wait = this.#retryAfter(err, attempt);
        if (wait === undefined) throw err;
        const now = this.#clock.now();
        if (windows.length > 0) await this.#buckets.pause(pauseKeys, now + wait, now);
        else await this.#clock.sleep(wait, options.signal);
      }
    }
  }

  /** The buckets one send must fit, keyed so that every replica and every send agree on them. */
  windowsFor(adapter: Pick<ChannelAdapter, 'platform' | 'botId' | 'limits'>, target: Target): BucketWindow[] {
    const { platform, botId, limits } = adapter;
    const chat = target.conversation.id;
    const windows = (scope: string, list: readonly RateWindow[]): BucketWindow[] =>
      list.map((r) => ({ key: `${scope}:${r.max}/${r.perMs}`, max: r.max, spanMs: Math.ceil(r.perMs * (1 + this.#headroom)) }));
    return [
      ...windows(`${platform}:*`, this.#platformLimits[platform] ?? []),
      ...windows(`${platform}:${botId}:bot`, limits.perBot),
      ...windows(`${platform}:${botId}:chat:${chat}`, limits.perChat),
      ...(target.conversation.kind === 'group' ? windows(`${platform}:${botId}:group:${chat}`, limits.perGroup) : []),
    ];
  }

  close(): Promise<void> {
    return this.#buckets.close();
  }

  async #acquire(windows: BucketWindow[], pauseKeys: string[], signal: AbortSignal | undefined): Promise<void> {
    signal?.throwIfAborted();
    const id = randomUUID();
    const at = await this.#buckets.reserve({ windows, pauseKeys, now: this.#clock.now(), id });
    const wait = at - this.#clock.now();
    if (wait <= 0) return;
    try {
      await this.#clock.sleep(wait, signal);
    } catch (err) {
      await this.#buckets.release(windows, id);
      throw err;
    }
  }

  #retryAfter(err: unknown, attempt: number): number | undefined {
    if (!(err instanceof PlatformError) || err.unreachable || err.retryAfterMs === undefined) return undefined;
    if (attempt >= this.#maxRetries || err.retryAfterMs > this.#maxRetryWaitMs) return undefined;
    return err.retryAfterMs;
  }
}
