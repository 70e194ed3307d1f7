import type { RateLimits } from '../../core/model/adapter.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * A self-built app's documented limits (https://developer.work.weixin.qq.com/document/path/90312):
 * - every API of a corp: 10,000 calls/min and 150,000/h;
 * - app messages to one member: 30/min and 1,000/h — excess is dropped without an error, so the
 *   governor must hold them back, never WeCom;
 * - app group chats: each member receives at most 200 messages/min and 10,000/day from one app.
 * The customer mass send (one per customer or customer group per Beijing day, confirmed by the
 * employee) is per recipient per day and enforced in mass-send.ts.
 */
export const CALLBACK_LIMITS: RateLimits = {
  perBot: [{ max: 10_000, perMs: MINUTE }, { max: 150_000, perMs: HOUR }],
  perChat: [{ max: 30, perMs: MINUTE }, { max: 1_000, perMs: HOUR }],
  perGroup: [{ max: 200, perMs: MINUTE }, { max: 10_000, perMs: DAY }],
};

/**
 * WeCom publishes no send limit for the intelligent robot's long connection; we hold each chat to the
 * group robots' documented 20 messages/min (https://developer.work.weixin.qq.com/document/path/91770),
 * which a streamed reply (one payload per message, updates included) stays far below.
 */
export const AIBOT_LIMITS: RateLimits = {
  perBot: [],
  perChat: [{ max: 20, perMs: MINUTE }],
  perGroup: [{ max: 20, perMs: MINUTE }],
};
