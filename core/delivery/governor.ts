import type { ChannelAdapter, Payload, SendResult } from '../model/adapter.js';

export interface SendOptions {
  /** Aborts a send still waiting for its turn (the turn timed out); the reserved slot is given back. */
  signal?: AbortSignal;
}

/**
 * Every outbound send goes through a governor, which respects the platform's limits
 * (`adapter.limits`), retries what the platform says to retry, and never retries an unreachable
 * recipient. `RateGovernor` (rate-governor.ts) is the implementation; tests and benchmarks may pass
 * their own to `createApp`.
 */
export interface DeliveryGovernor {
  send(adapter: ChannelAdapter, payload: Payload, options?: SendOptions): Promise<SendResult>;
  /** Releases what the governor holds (a Redis connection). */
  close?(): Promise<void>;
}
