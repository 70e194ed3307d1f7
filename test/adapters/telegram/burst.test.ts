import { afterEach, describe, expect, it } from 'vitest';
import { TELEGRAM_LIMITS, type TelegramAdapter } from '../../../adapters/telegram/index.js';
import { RateGovernor } from '../../../core/delivery/rate-governor.js';
import type { Target } from '../../../core/model/event.js';
import { busiestWindow, fastestFinish } from '../../core/delivery/limits.js';
import { runOnClock, VirtualClock } from '../../core/delivery/virtual-clock.js';
import { FakeTelegram } from '../../fakes/telegram/server.js';
import { openAdapter, TOKEN } from './helpers.js';

/**
 * The real adapter (telegraf → HTTP) against a fake Bot API that enforces Telegram's documented
 * limits, on a virtual clock both share: time moves only while nothing is in flight, so what the
 * fake measures is exactly what the governor scheduled.
 */
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function setup() {
  const clock = new VirtualClock(1_700_000_000_000);
  const fake = await FakeTelegram.start({ token: TOKEN, limits: TELEGRAM_LIMITS, now: () => clock.now() });
  const { adapter, close } = await openAdapter({ config: { api_root: fake.url } });
  cleanup.push(close, () => fake.close());
  const governor = new RateGovernor({ clock });
  const start = clock.now();
  return { clock, fake, adapter, governor, elapsed: () => clock.now() - start };
}

const target = (chat: string, kind: 'direct' | 'group'): Target => ({ platform: 'telegram', botId: 'demo-shop', conversation: { id: chat, kind } });
const reply = (adapter: TelegramAdapter, governor: RateGovernor, to: Target, i: number) => () => governor.send(adapter, adapter.render(to, [{ type: 'text', text: `reply ${i}` }])[0]!);

describe('telegram bursts under the delivery governor', () => {
  it('delivers 200 replies to one group without a single 429, no slower than 1.1x the limits allow', async () => {
    const { clock, fake, adapter, governor, elapsed } = await setup();
    const group = target('-1001000', 'group');
    const results = await runOnClock(clock, Array.from({ length: 200 }, (_, i) => reply(adapter, governor, group, i)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(fake.callsOf('sendMessage').map((c) => c.status).filter((s) => s !== 200)).toEqual([]);
    expect(fake.sent).toHaveLength(200);
    expect(busiestWindow(fake.sent.map((c) => c.at), 60_000)).toBeLessThanOrEqual(20);
    expect(elapsed()).toBeLessThanOrEqual(1.1 * fastestFinish(200, [...TELEGRAM_LIMITS.perChat, ...TELEGRAM_LIMITS.perGroup]));
  });

  it('delivers 2,000 replies to distinct chats without a single 429, no slower than 1.1x the limits allow', async () => {
    const { clock, fake, adapter, governor, elapsed } = await setup();
    const results = await runOnClock(clock, Array.from({ length: 2000 }, (_, i) => reply(adapter, governor, target(String(100_000 + i), 'direct'), i)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(fake.callsOf('sendMessage').filter((c) => c.status !== 200)).toEqual([]);
    expect(fake.sent).toHaveLength(2000);
    expect(busiestWindow(fake.sent.map((c) => c.at), 1000)).toBeLessThanOrEqual(30);
    expect(elapsed()).toBeLessThanOrEqual(1.1 * fastestFinish(2000, TELEGRAM_LIMITS.perBot));
  }, 60_000);

  it('honours a 429 from the fake: waits retry_after, then delivers', async () => {
    const { clock, fake, adapter, governor } = await setup();
    fake.fail('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } });
    const [result] = await runOnClock(clock, [reply(adapter, governor, target('42', 'direct'), 1)]);
    expect(result).toMatchObject({ status: 'fulfilled' });
    const [limited, delivered] = fake.callsOf('sendMessage');
    expect([limited!.status, delivered!.status]).toEqual([429, 200]);
    expect(delivered!.at - limited!.at).toBeGreaterThanOrEqual(5000);
  });

  it('does not retry a shopper who blocked the bot', async () => {
    const { clock, fake, adapter, governor } = await setup();
    fake.blocked.add('43');
    const [result] = await runOnClock(clock, [reply(adapter, governor, target('43', 'direct'), 1)]);
    expect(result).toMatchObject({ status: 'rejected', reason: { name: 'PlatformError', unreachable: true, status: 403 } });
    expect(fake.callsOf('sendMessage')).toHaveLength(1);
  });
});
