import type { Logger } from 'pino';
import { PlatformError } from '../../core/model/errors.js';
import type { TelegramApi } from './api.js';
import type { TelegramConfig } from './config.js';
import type { WireUpdate } from './decode.js';
import type { Inflight } from './inflight.js';

/** Failures in a row after which /healthz reports the channel down (it keeps retrying). */
const UNHEALTHY_AFTER = 3;

/** Sleeps `ms`, or less when `signal` aborts: stopping never waits out a backoff. */
const pause = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * Long polling (https://core.telegram.org/bots/api#getupdates). Hands each update on at once and asks
 * for the next batch, which confirms this one; waits while `max_concurrent_updates` are in flight.
 * A failed getUpdates is retried after Telegram's retry_after or a doubling backoff; `stop()` aborts
 * the pending request and returns without waiting out a backoff.
 */
export class PollingTransport {
  #controller: AbortController | undefined;
  #loop: Promise<void> | undefined;
  #offset = 0;
  #failures = 0;

  constructor(
    readonly api: TelegramApi,
    readonly config: TelegramConfig,
    readonly inflight: Inflight,
    readonly dispatch: (update: WireUpdate) => void,
    readonly log: Logger,
    readonly sleep: (ms: number, signal: AbortSignal) => Promise<void> = pause,
  ) {}

  async start(): Promise<void> {
    await this.api.deleteWebhook({ drop_pending_updates: this.config.drop_pending_updates });
    const controller = (this.#controller = new AbortController());
    this.#loop = this.#run(controller.signal);
  }

  async stop(): Promise<void> {
    this.#controller?.abort();
    await this.#loop;
  }

  health(): { ok: boolean; detail: string } {
    return { ok: this.#failures < UNHEALTHY_AFTER, detail: this.#failures ? `polling: ${this.#failures} failed getUpdates in a row` : 'polling' };
  }

  async #run(signal: AbortSignal): Promise<void> {
    const { polling, allowed_updates, max_concurrent_updates } = this.config;
    while (!signal.aborted) {
      await this.inflight.below(max_concurrent_updates);
      let updates: WireUpdate[];
      try {
        // A connection that dies silently must not hang the loop: give up a little after the long-poll timeout.
        const deadline = AbortSignal.any([signal, AbortSignal.timeout((polling.timeout_s + 15) * 1000)]);
        updates = await this.api.getUpdates({ offset: this.#offset, timeout: polling.timeout_s, limit: polling.limit, allowed_updates }, deadline);
      } catch (err) {
        if (signal.aborted) break;
        const wait = this.#backoff(err);
        this.log.warn({ err, failures: this.#failures, retryInMs: wait }, 'getUpdates failed; retrying');
        await this.sleep(wait, signal);
        continue;
      }
      this.#failures = 0;
      for (const update of updates) {
        this.#offset = Math.max(this.#offset, update.update_id + 1);
        this.dispatch(update);
      }
    }
  }

  #backoff(err: unknown): number {
    this.#failures++;
    const { retry_min_ms, retry_max_ms } = this.config.polling;
    if (err instanceof PlatformError && err.status === 429 && err.retryAfterMs !== undefined) return err.retryAfterMs;
    return Math.min(retry_max_ms, retry_min_ms * 2 ** (this.#failures - 1));
  }
}
