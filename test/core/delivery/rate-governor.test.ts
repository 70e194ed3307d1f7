import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RateGovernor } from '../../../core/delivery/rate-governor.js';
import { RedisBucketStore } from '../../../core/delivery/redis-buckets.js';
import { NO_LIMITS, type ChannelAdapter, type Payload, type RateLimits, type SendResult } from '../../../core/model/adapter.js';
import { PlatformError } from '../../../core/model/errors.js';
import type { Target } from '../../../core/model/event.js';
import { busiestWindow, fastestFinish } from './limits.js';
import { runOnClock, VirtualClock } from './virtual-clock.js';

const TELEGRAM: RateLimits = {
  perBot: [{ max: 30, perMs: 1000 }],
  perChat: [{ max: 1, perMs: 1000 }],
  perGroup: [{ max: 20, perMs: 60_000 }],
};

/** A channel that records when each send reached it, and fails the ones a test asks it to. */
class RecordingAdapter implements ChannelAdapter {
  readonly platform = 'fakechat';
  readonly capabilities = new Set<never>();
  readonly sent: { chat: string; at: number }[] = [];
  readonly failures: (Error | undefined)[] = [];
  calls = 0;

  constructor(
    readonly clock: VirtualClock,
    readonly limits: RateLimits = TELEGRAM,
    readonly botId = `bot-${randomUUID().slice(0, 8)}`,
  ) {}

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  render(target: Target): Payload[] {
    return [{ target, method: 'send', body: null }];
  }

  send(payload: Payload): Promise<SendResult> {
    this.calls++;
    const failure = this.failures.shift();
    if (failure) return Promise.reject(failure);
    this.sent.push({ chat: payload.target.conversation.id, at: this.clock.now() });
    return Promise.resolve({ ok: true });
  }
}

const payload = (adapter: ChannelAdapter, chat: string, kind: 'direct' | 'group'): Payload =>
  ({ target: { platform: adapter.platform, botId: adapter.botId, conversation: { id: chat, kind } }, method: 'send', body: null });
const rateLimited = (ms: number) => new PlatformError('429: Too Many Requests', { platform: 'fakechat', method: 'send', status: 429, retryAfterMs: ms });

describe('rate governor', () => {
  it('delivers 200 replies to one group within its limits, no slower than 1.1x the fastest they allow', async () => {
    const clock = new VirtualClock();
    const adapter = new RecordingAdapter(clock);
    const governor = new RateGovernor({ clock });
    const results = await runOnClock(clock, Array.from({ length: 200 }, () => () => governor.send(adapter, payload(adapter, '-100', 'group'))));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    const times = adapter.sent.map((s) => s.at);
    expect(busiestWindow(times, 1000)).toBe(1);
    expect(busiestWindow(times, 60_000)).toBeLessThanOrEqual(20);
    expect(clock.now()).toBeLessThanOrEqual(1.1 * fastestFinish(200, [...TELEGRAM.perChat, ...TELEGRAM.perGroup]));
  });

  it('delivers 2,000 replies to distinct chats at the per-bot rate, no slower than 1.1x', async () => {
    const clock = new VirtualClock();
    const adapter = new RecordingAdapter(clock);
    const governor = new RateGovernor({ clock });
    const results = await runOnClock(clock, Array.from({ length: 2000 }, (_, i) => () => governor.send(adapter, payload(adapter, String(1000 + i), 'direct'))));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(busiestWindow(adapter.sent.map((s) => s.at), 1000)).toBeLessThanOrEqual(30);
    expect(clock.now()).toBeLessThanOrEqual(1.1 * fastestFinish(2000, TELEGRAM.perBot));
  });

  it('does not let a busy group hold back direct chats', async () => {
    const clock = new VirtualClock();
    const adapter = new RecordingAdapter(clock);
    const governor = new RateGovernor({ clock });
    const group = Array.from({ length: 100 }, () => () => governor.send(adapter, payload(adapter, '-100', 'group')));
    const direct = Array.from({ length: 20 }, (_, i) => () => governor.send(adapter, payload(adapter, `d${i}`, 'direct')));
    await runOnClock(clock, [...group, ...direct]);
    const lastDirect = Math.max(...adapter.sent.filter((s) => s.chat.startsWith('d')).map((s) => s.at));
    expect(lastDirect).toBeLessThan(1100);
  });

  it('honours retry_after: pauses that chat, retries, and leaves other chats alone', async () => {
    const clock = new VirtualClock();
    const adapter = new RecordingAdapter(clock);
    adapter.failures.push(rateLimited(7000));
    const governor = new RateGovernor({ clock });
    await runOnClock(clock, [
      () => governor.send(adapter, payload(adapter, 'slow', 'direct')),
      async () => {
        await clock.sleep(10);
        return governor.send(adapter, payload(adapter, 'other', 'direct'));
      },
    ]);
    expect(adapter.sent).toEqual([{ chat: 'other', at: 10 }, { chat: 'slow', at: 7000 }]);
    expect(adapter.calls).toBe(3);
  });

  it('never retries an unreachable shopper, and gives up on long or repeated rate limits', async () => {
    const clock = new VirtualClock();
    const adapter = new RecordingAdapter(clock);
    const governor = new RateGovernor({ clock, maxRetries: 2, maxRetryWaitMs: 60_000 });
    const blocked = new PlatformError('403: Forbidden: bot was blocked by the user', { platform: 'fakechat', method: 'send', status: 403, unreachable: true });
    adapter.failures.push(blocked);
    await expect(governor.send(adapter, payload(adapter, 'a', 'direct'))).rejects.toBe(blocked);
    expect(adapter.calls).toBe(1);

    adapter.failures.push(rateLimited(120_000));
    await expect(governor.send(adapter, payload(adapter, 'b', 'direct'))).rejects.toMatchObject({ retryAfterMs: 120_000 });

    adapter.calls = 0;
    adapter.failures.push(rateLimited(1000), rateLimited(1000), rateLimited(1000));
    const [result] = await runOnClock(clock, [() => governor.send(adapter, payload(adapter, 'c', 'direct'))]);
    expect(result).toMatchObject({ status: 'rejected', reason: { retryAfterMs: 1000 } });
    expect(adapter.calls).toBe(3);
  });

  it('gives the slot of a cancelled send back', async () => {
    const clock = new VirtualClock();
    const adapter = new RecordingAdapter(clock);
    const governor = new RateGovernor({ clock, headroom: 0 });
    await governor.send(adapter, payload(adapter, 'x', 'direct'));
    const controller = new AbortController();
    const waiting = governor.send(adapter, payload(adapter, 'x', 'direct'), { signal: controller.signal });
    controller.abort(new Error('turn timed out'));
    await expect(waiting).rejects.toThrow('turn timed out');
    await runOnClock(clock, [() => governor.send(adapter, payload(adapter, 'x', 'direct'))]);
    expect(adapter.sent.map((s) => s.at)).toEqual([0, 1000]);
  });

  it('sends at once for channels without limits', async () => {
    const clock = new VirtualClock();
    const adapter = new RecordingAdapter(clock, NO_LIMITS);
    const governor = new RateGovernor({ clock });
    for (let i = 0; i < 50; i++) await governor.send(adapter, payload(adapter, 'web', 'direct'));
    expect(adapter.sent).toHaveLength(50);
    expect(clock.now()).toBe(0);
  });

  it('adds platform-wide windows shared by every bot', async () => {
    const clock = new VirtualClock();
    const governor = new RateGovernor({ clock, headroom: 0, platformLimits: { fakechat: [{ max: 2, perMs: 1000 }] } });
    const a = new RecordingAdapter(clock, NO_LIMITS);
    const b = new RecordingAdapter(clock, { perBot: [{ max: 100, perMs: 1000 }], perChat: [], perGroup: [] });
    await runOnClock(clock, [a, b, a, b].map((adapter, i) => () => governor.send(adapter, payload(adapter, `c${i}`, 'direct'))));
    expect([...a.sent, ...b.sent].map((s) => s.at).sort((x, y) => x - y)).toEqual([0, 0, 1000, 1000]);
  });
});

describe('rate governor on Redis (scale mode)', () => {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  const prefix = `shopmate-test:governor:${randomUUID()}:`;
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('keeps two replicas within one group\'s limits together', async () => {
    const clock = new VirtualClock();
    const adapter = new RecordingAdapter(clock);
    const replicas = [0, 1].map(() => new RateGovernor({ clock, buckets: new RedisBucketStore({ redis, prefix }) }));
    const results = await runOnClock(clock, Array.from({ length: 45 }, (_, i) => () => replicas[i % 2]!.send(adapter, payload(adapter, '-200', 'group'))));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    const times = adapter.sent.map((s) => s.at);
    expect(busiestWindow(times, 1000)).toBe(1);
    expect(busiestWindow(times, 60_000)).toBeLessThanOrEqual(20);
    expect(clock.now()).toBeLessThanOrEqual(1.1 * fastestFinish(45, [...TELEGRAM.perChat, ...TELEGRAM.perGroup]));
  });
});
