import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET_HEADER } from '../../../adapters/telegram/transport-webhook.js';
import { RateGovernor } from '../../../core/delivery/rate-governor.js';
import { WarpClock } from '../../core/delivery/virtual-clock.js';
import type { FakeUpdate } from '../../fakes/telegram/server.js';
import { openTelegramApp, SECRET, TelegramChat, type TelegramTestApp } from './helpers.js';
import { message, privateChat, user } from './updates.js';

let t: TelegramTestApp;
const tr = (key: string, vars?: Record<string, unknown>) => t.app.i18n.t('en', key, vars);
const greeting = () => tr('smalltalk.greeting', { shop: 'Demo Shop' });
const hello = (id: number): FakeUpdate => {
  const u = user(id, 'Shopper', { language_code: 'en' });
  return { ...message(privateChat(u), u, 'hello'), update_id: t.fake.nextUpdateId() };
};
const sentTo = (chat: number) => t.fake.sent.filter((c) => String(c.params.chat_id) === String(chat));

beforeAll(async () => {
  t = await openTelegramApp({ mode: 'webhook', app: { governor: new RateGovernor({ clock: new WarpClock() }) } });
});
afterAll(() => t.close());

describe('telegram webhook', () => {
  it('registers itself with its secret at start', () => {
    expect(t.fake.callsOf('setWebhook')[0]?.params).toMatchObject({
      url: expect.stringMatching(/\/channels\/telegram\/demo-shop$/) as string, secret_token: SECRET,
      allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
    });
  });

  it('rejects a forged update with 401 and does not handle it', async () => {
    const update = hello(701);
    expect((await t.fake.deliver(update, { secret: null })).status).toBe(401);
    expect((await t.fake.deliver(update, { secret: 'guessed-secret' })).status).toBe(401);
    await t.adapter.idle();
    expect(sentTo(701)).toEqual([]);
    // The real delivery of the same update is still answered: a forgery claims nothing.
    expect((await t.fake.deliver(update)).status).toBe(200);
    await t.adapter.idle();
    expect(sentTo(701)).toHaveLength(1);
  });

  it('answers a redelivered update once, sequential or concurrent', async () => {
    const update = hello(702);
    expect((await t.fake.deliver(update)).status).toBe(200);
    await t.adapter.idle();
    expect((await t.fake.deliver(update)).status).toBe(200);
    const again = hello(703);
    await Promise.all([t.fake.deliver(again), t.fake.deliver(again), t.fake.deliver(again)]);
    await t.adapter.idle();
    expect(sentTo(702)).toHaveLength(1);
    expect(sentTo(703)).toHaveLength(1);
  });

  it('acknowledges at once while the turn is still running', async () => {
    const release = t.fake.hold('sendMessage');
    const before = t.fake.callsOf('sendMessage').length;
    const ack = await t.fake.deliver(hello(704));
    expect(ack).toEqual({ status: 200, body: '{"ok":true}' });
    expect(t.fake.callsOf('sendMessage')).toHaveLength(before);
    release();
    await t.adapter.idle();
    expect(sentTo(704).map((c) => c.params.text)).toEqual([greeting()]);
  });

  it('rejects malformed and oversized bodies', async () => {
    // A connection of its own per request: the server may close one it answered before reading the whole body.
    const post = (body: string) => new Promise<number>((resolve, reject) => {
      const req = request(t.fake.webhook!.url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', [SECRET_HEADER]: SECRET } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(await post('{"update_id": ')).toBe(400);
    expect(await post('{"message": {}}')).toBe(400);
    expect(await post(JSON.stringify({ update_id: 1, message: { text: 'x'.repeat(1_100_000) } }))).toBe(413);
  });

  it('honours a 429 from Telegram and delivers after retry_after', async () => {
    t.fake.fail('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } });
    const shopper = user(705, 'Kim', { language_code: 'en' });
    await new TelegramChat(t, privateChat(shopper), shopper).says('hello').expectReply(greeting());
    expect(t.fake.callsOf('sendMessage').filter((c) => c.params.chat_id === '705').map((c) => c.status)).toEqual([429, 200]);
  });

  it('marks a shopper who blocked the bot unreachable and does not retry', async () => {
    const shopper = user(706, 'Bo', { language_code: 'en' });
    t.fake.blocked.add('706');
    await new TelegramChat(t, privateChat(shopper), shopper).says('hello').expectNoReply();
    expect(t.fake.callsOf('sendMessage').filter((c) => c.params.chat_id === '706').map((c) => c.status)).toEqual([403]);
    const profile = await t.app.store.profiles.upsertByIdentity({ platform: 'telegram', botId: 'demo-shop', userId: '706' });
    expect(profile.unreachable).toContain('telegram');
  });

  it('reports health, and answers 503 once stopped', async () => {
    const own = await openTelegramApp({ mode: 'webhook' });
    expect(own.adapter.health()).toEqual({ ok: true, detail: 'webhook' });
    const url = own.fake.webhook!.url;
    await own.app.stop();
    expect(own.adapter.health().ok).toBe(false);
    const res = await fetch(url, { method: 'POST', headers: { [SECRET_HEADER]: SECRET }, body: JSON.stringify(hello(707)) });
    expect(res.status).toBe(503);
    await own.close();
  });
});
