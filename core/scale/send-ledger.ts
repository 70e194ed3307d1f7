import type { Redis } from 'ioredis';
import type { ChannelAdapter, Payload, SendResult } from '../model/adapter.js';
import type { DeliveryGovernor, SendOptions } from '../delivery/governor.js';
import { turnScope } from './turn-scope.js';

export interface SendLedgerOptions {
  prefix: string;
  /** How long a send is remembered (as long as dedupe keys). */
  ttlMs?: number;
}

/**
 * Remembers which payloads of a turn were sent, numbered in send order, so that a turn re-run after
 * its replica died mid-turn skips the replies the shopper already has. The check costs a round trip
 * only in a takeover; the record is written after the platform accepted the send. A crash between
 * the platform's answer and that write is the one case where a reply can repeat.
 */
export class SendLedger implements DeliveryGovernor {
  readonly #inner: DeliveryGovernor;
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #ttlMs: number;

  constructor(inner: DeliveryGovernor, redis: Redis, options: SendLedgerOptions) {
    this.#inner = inner;
    this.#redis = redis;
    this.#prefix = options.prefix;
    this.#ttlMs = options.ttlMs ?? 24 * 3_600_000;
  }

  key(adapter: ChannelAdapter, replyTo: string, n: number): string {
    return `${this.#prefix}:sent:${adapter.platform}:${adapter.botId}:${replyTo}:${n}`;
  }

  async send(adapter: ChannelAdapter, payload: Payload, options?: SendOptions): Promise<SendResult> {
    const scope = turnScope.current();
    const replyTo = payload.target.replyTo;
    if (!scope || replyTo === undefined) return this.#inner.send(adapter, payload, options);
    const key = this.key(adapter, replyTo, scope.sends++);
    if (scope.takeover) {
      const earlier = await this.#redis.get(key);
      if (earlier !== null) return { ok: true, ...(earlier ? { messageId: earlier } : {}) };
    }
    const result = await this.#inner.send(adapter, payload, options);
    await this.#redis.set(key, result.messageId ?? '', 'PX', this.#ttlMs);
    return result;
  }

  close(): Promise<void> {
    return this.#inner.close?.() ?? Promise.resolve();
  }
}
