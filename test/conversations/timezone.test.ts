import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalendarDate } from '../../core/flow/expressions.js';
import type { BotRuntime } from '../../core/pipeline/context.js';
import { renderOutputs } from '../../core/pipeline/stages/render.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

/** The shopper's time zone: reported by the client, remembered, and used for the dates the bot writes. */
describe('shopper time zone', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  const profileOf = (c: Chat) => t.app.store.profiles.upsertByIdentity({ platform: 'test', botId: 'demo-shop', userId: c.user });
  const day = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone }).format(new Date(iso));

  it('remembers the zone a client reports, in its usual letter case', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('hello', { sender: { id: c.user, timezone: 'america/los_angeles' } });
    expect((await profileOf(c)).timezone).toBe('America/Los_Angeles');
    await c.says('hello', { sender: { id: c.user, timezone: 'Asia/Tokyo' } });
    expect((await profileOf(c)).timezone).toBe('Asia/Tokyo');
  });

  it('ignores a zone it does not know, and still answers', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('hello', { sender: { id: c.user, timezone: 'Europe/Berlin' } });
    const r = await c.says('hello', { sender: { id: c.user, timezone: 'Mars/Olympus_Mons' } });
    expect(r.status).toBe('answered');
    expect(texts(r).length).toBeGreaterThan(0);
    expect((await profileOf(c)).timezone).toBe('Europe/Berlin');
  });

  it('writes a delivery day as that day wherever the shopper is', async () => {
    // SM100234 is due on 2026-11-28 (a calendar day): UTC midnight is still the 27th in Los Angeles.
    const c = new Chat(t.app, undefined, 'en');
    const r = await c.says('where is my order SM100234', { sender: { id: c.user, timezone: 'America/Los_Angeles' } });
    expect(r.flow).toBe('order_status');
    expect(texts(r).join(' ')).toContain(day('2026-11-28T12:00:00Z', 'UTC'));
    expect(texts(r).join(' ')).not.toContain(day('2026-11-27T12:00:00Z', 'UTC'));
  });

  it('writes an instant in the shopper\'s zone', async () => {
    // Text-only outputs read nothing of the bot but its default zone, which every call here overrides.
    const bot = { config: { timezone: 'UTC' } } as unknown as BotRuntime;
    const instant = new Date('2026-11-28T02:00:00Z');
    const out = (tz: string) => renderOutputs([{ key: 'order.status_shipped', vars: { id: 'X', carrier: 'C', tracking: 'T', eta: instant } }], bot, t.app.i18n, 'en', tz);
    const la = (await out('America/Los_Angeles'))[0]![0]!;
    const sh = (await out('Asia/Shanghai'))[0]![0]!;
    expect(la).toMatchObject({ type: 'text', text: expect.stringContaining(day('2026-11-28T02:00:00Z', 'America/Los_Angeles')) as string });
    expect(sh).toMatchObject({ type: 'text', text: expect.stringContaining(day('2026-11-28T02:00:00Z', 'Asia/Shanghai')) as string });
    expect(day('2026-11-28T02:00:00Z', 'America/Los_Angeles')).not.toBe(day('2026-11-28T02:00:00Z', 'Asia/Shanghai'));
    const calendar = (await renderOutputs([{ key: 'order.status_shipped', vars: { id: 'X', carrier: 'C', tracking: 'T', eta: new CalendarDate('2026-11-28T00:00:00Z') } }], bot, t.app.i18n, 'en', 'Pacific/Honolulu'))[0]![0]!;
    expect(calendar).toMatchObject({ text: expect.stringContaining(day('2026-11-28T12:00:00Z', 'UTC')) as string });
  });
});
