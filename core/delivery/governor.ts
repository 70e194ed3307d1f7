import type { ChannelAdapter, Payload, SendResult } from '../model/adapter.js';
import { PlatformError } from '../model/errors.js';

/** Every outbound send goes through a governor, which respects the platform's limits. */
export interface DeliveryGovernor {
  send(adapter: ChannelAdapter, payload: Payload, options?: { signal?: AbortSignal }): Promise<SendResult>;
}

export interface RetryingGovernorOptions {
  /** How many times a rate-limited send is retried after its `retryAfterMs`. */
  maxRetries?: number;
  /** A `retry_after` longer than this fails the send instead of holding the turn. */
  maxWaitMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const sleepFor = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason as Error);
    }, { once: true });
  });

/**
 * The minimal governor: sends at once, honours a platform's rate-limit answer (`retryAfterMs`) by
 * waiting and retrying, and never retries an unreachable recipient. The token-bucket governor
 * (per bot, per chat, per group) builds on this contract.
 */
export class RetryingGovernor implements DeliveryGovernor {
  readonly #maxRetries: number;
  readonly #maxWaitMs: number;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(options: RetryingGovernorOptions = {}) {
    this.#maxRetries = options.maxRetries ?? 3;
    this.#maxWaitMs = options.maxWaitMs ?? 30_000;
    this.#sleep = options.sleep ?? sleepFor;
  }

  async send(adapter: ChannelAdapter, payload: Payload, options: { signal?: AbortSignal } = {}): Promise<SendResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await adapter.send(payload);
      } catch (err) {
        const wait = err instanceof PlatformError && !err.unreachable ? err.retryAfterMs : undefined;
        if (wait === undefined || attempt >= this.#maxRetries || wait > this.#maxWaitMs) throw err;
        await this.#sleep(wait, options.signal);
      }
    }
  }
}
