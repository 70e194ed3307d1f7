/**
 * WeCom errcodes → what the delivery governor should do. Global error codes:
 * https://developer.work.weixin.qq.com/document/path/90313 · frequency limits:
 * https://developer.work.weixin.qq.com/document/path/90312
 */
import { PlatformError } from '../../core/model/errors.js';

/** The access_token is unknown or expired: fetch a new one and call again. */
export const TOKEN_ERRCODES: ReadonlySet<number> = new Set([40014, 42001]);

/** Over a frequency limit (45009 api freq out of limit, 45011 too frequent, 45033 too many concurrent calls). */
export const RATE_LIMIT_ERRCODES: ReadonlySet<number> = new Set([45009, 45011, 45033]);

/** -1: system busy, "retry later, at most 3 times". */
export const BUSY_ERRCODES: ReadonlySet<number> = new Set([-1]);

/**
 * The recipient can never be reached by this app: 81013 (user, party and tag all invalid or out of the
 * app's visible range), 84061 (no customer relationship any more), 40003 (invalid UserID).
 */
export const UNREACHABLE_ERRCODES: ReadonlySet<number> = new Set([81013, 84061, 40003]);

/** A call WeCom answered with a non-zero errcode (or an HTTP failure: `code` is `http_<status>`). */
export class WecomApiError extends PlatformError {
  get errcode(): number | undefined {
    return typeof this.code === 'number' ? this.code : undefined;
  }
}

/** Backs off per consecutive rate-limit answer: 2 s, 4 s, 8 s ... up to a minute (the limits are per minute). */
export class Backoff {
  #hits = 0;
  constructor(
    readonly baseMs = 2_000,
    readonly maxMs = 60_000,
  ) {}

  next(): number {
    const ms = Math.min(this.maxMs, this.baseMs * 2 ** this.#hits);
    this.#hits++;
    return ms;
  }

  reset(): void {
    this.#hits = 0;
  }
}

/** Builds the typed error for an errcode answer. `errmsg` is WeCom's own text (never contains our secrets). */
export function errcodeError(method: string, errcode: number, errmsg: string, backoff: Backoff): WecomApiError {
  const message = `wecom ${method}: errcode ${errcode} ${errmsg}`;
  if (RATE_LIMIT_ERRCODES.has(errcode) || BUSY_ERRCODES.has(errcode)) {
    return new WecomApiError(message, { platform: 'wecom', method, code: errcode, status: 200, retryAfterMs: backoff.next() });
  }
  return new WecomApiError(message, { platform: 'wecom', method, code: errcode, status: 200, unreachable: UNREACHABLE_ERRCODES.has(errcode) });
}
