import { Telegraf } from 'telegraf';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TelegramApi } from '../../../adapters/telegram/api.js';
import { TelegramConfigSchema } from '../../../adapters/telegram/config.js';
import { Inflight } from '../../../adapters/telegram/inflight.js';
import { PollingTransport } from '../../../adapters/telegram/transport-polling.js';
import { RateGovernor } from '../../../core/delivery/rate-governor.js';
import { createLogger } from '../../../core/util/log.js';
import { WarpClock } from '../../core/delivery/virtual-clock.js';
import { FakeTelegram } from '../../fakes/telegram/server.js';
import { openTelegramApp, TelegramChat, TOKEN, type TelegramTestApp } from './helpers.js';
import { privateChat, user } from './updates.js';

const opened: TelegramTestApp[] = [];
const open = async (config: Record<string, unknown> = {}) => {
  const t = await openTelegramApp({ mode: 'polling', config, app: { governor: new RateGovernor({ clock: new WarpClock() }) } });
  opened.push(t);
  return t;
};
afterEach(async () => {
  for (const t of opened.splice(0)) await t.close();
});
const greeting = (t: TelegramTestApp) => t.app.i18n.t('en', 'smalltalk.greeting', { shop: 'Demo Shop' });

describe('telegram long polling, in the app', () => {
  it('removes a webhook, polls, and answers', async () => {
    const t = await open();
    expect(t.fake.callsOf('deleteWebhook')).toHaveLength(1);
    const shopper = user(801, 'Noa', { language_code: 'en' });
    await new TelegramChat(t, privateChat(shopper), shopper).says('hello').expectReply(greeting(t));
    expect(t.adapter.health()).toEqual({ ok: true, detail: 'polling' });
  });

  it('survives failing getUpdates and answers once Telegram is back', async () => {
    const t = await open();
    await t.fake.waitFor((c) => c.method === 'getUpdates');
    t.fake.fail('getUpdates', { error_code: 502, description: 'Bad Gateway' }, 3);
    await t.fake.waitFor(() => t.fake.callsOf('getUpdates').filter((c) => c.status === 502).length === 3);
    const shopper = user(802, 'Eli', { language_code: 'en' });
    await new TelegramChat(t, privateChat(shopper), shopper).says('hello').expectReply(greeting(t));
    expect(t.adapter.health().ok).toBe(true);
  });

  it('stops cleanly while a long poll is pending, and polls no more', async () => {
    const t = await open({ polling: { timeout_s: 50 } });
    await t.fake.waitFor((c) => c.method === 'getUpdates');
    await t.app.stop(); // would hang for the 50 s long poll if the request were not aborted
    const polls = t.fake.callsOf('getUpdates').length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.fake.callsOf('getUpdates')).toHaveLength(polls);
    expect(t.adapter.health()).toMatchObject({ ok: false });
  });
});

describe('polling transport', () => {
  let fake: FakeTelegram;
  beforeAll(async () => {
    fake = await FakeTelegram.start({ token: TOKEN });
  });
  afterAll(() => fake.close());

  /** A transport whose backoff sleeps are recorded and returned at once. */
  function transport(config: Record<string, unknown> = {}) {
    const waits: number[] = [];
    const updates: number[] = [];
    const api = new TelegramApi(new Telegraf(TOKEN, { telegram: { apiRoot: fake.url } }).telegram);
    const parsed = TelegramConfigSchema.parse({ polling: { timeout_s: 0, retry_min_ms: 100, retry_max_ms: 1000 }, ...config });
    const sleep = (ms: number) => {
      waits.push(ms);
      return new Promise<void>((resolve) => setImmediate(resolve));
    };
    const t = new PollingTransport(api, parsed, new Inflight(), (u) => updates.push(u.update_id), createLogger({ level: 'silent' }), sleep);
    return { t, waits, updates };
  }

  it('backs off by doubling up to its limit, takes Telegram\'s retry_after, and reports health', async () => {
    const { t, waits, updates } = transport();
    fake.fail('getUpdates', { error_code: 500, description: 'Internal Server Error' }, 5);
    fake.fail('getUpdates', { error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } });
    await t.start();
    await fake.waitFor(() => waits.length === 3);
    expect(t.health().ok).toBe(false);
    const update = fake.push({ message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'hi' } });
    await fake.waitFor(() => updates.includes(update.update_id));
    await t.stop();
    expect(waits).toEqual([100, 200, 400, 800, 1000, 7000]);
    expect(t.health().ok).toBe(true);
  });

  it('confirms what it received, so nothing is delivered twice', async () => {
    const { t, updates } = transport();
    const a = fake.push({ message: { message_id: 2, date: 0, chat: { id: 1, type: 'private' }, text: 'a' } });
    const b = fake.push({ message: { message_id: 3, date: 0, chat: { id: 1, type: 'private' }, text: 'b' } });
    await t.start();
    await fake.confirmedPast(b.update_id);
    await t.stop();
    expect(updates.filter((id) => id === a.update_id || id === b.update_id)).toEqual([a.update_id, b.update_id]);
  });
});
