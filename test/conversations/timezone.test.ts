import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../core/app.js';
import { CalendarDate } from '../../core/flow/expressions.js';
import type { Understanding } from '../../core/flow/runtime.js';
import type { Middleware } from '../../core/pipeline/compose.js';
import type { BotRuntime, TurnContext } from '../../core/pipeline/context.js';
import { Engine, STAGES } from '../../core/pipeline/engine.js';
import { renderOutputs } from '../../core/pipeline/stages/render.js';
import { understand } from '../../core/pipeline/stages/understand.js';
import { localClock } from '../../core/util/timezones.js';
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

/** The time zone menu: `/timezone`, a button per likely zone, a city or offset typed after the command. */
describe('choosing a time zone', () => {
  let t: TestApp;
  /** Every turn's understanding, from the real pipeline with one stage added to look at it. */
  const understood: Understanding[] = [];
  let probed: App;
  beforeAll(async () => {
    t = await openTestApp();
    const probe: Middleware<TurnContext> = async (ctx, next) => {
      if (ctx.understanding) understood.push(ctx.understanding);
      await next();
    };
    const at = STAGES.indexOf(understand) + 1;
    probed = { ...t.app, engine: new Engine(t.app.engine.bots, t.app.engine.deps, [...STAGES.slice(0, at), probe, ...STAGES.slice(at)]) };
  });
  afterAll(() => t.close());

  const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
  const profileOf = (c: Chat) => t.app.store.profiles.upsertByIdentity({ platform: 'test', botId: 'demo-shop', userId: c.user });
  /** The datetime entity of the shopper's last message. */
  const lastDatetime = () => understood.at(-1)?.entities.find((e) => e.type === 'datetime')?.value;
  /** A message text up to its first variable, to find it in a reply whatever the zone and time. */
  const opening = (locale: string, key: string) => tr(locale, key).split('{{')[0]!.trim();
  /** Telegram, WeCom and DingTalk report a language and no zone. */
  const telegramLike = (c: Chat, locale: string) => ({ sender: { id: c.user, locale } });

  it('shows a Telegram-like shopper the zone in use and buttons for their country, and a press applies it to later dates', async () => {
    const c = new Chat(probed);
    const hint = telegramLike(c, 'id');
    const first = await c.says('bisa diantar besok jam 9 pagi?', hint);
    expect(first.locale).toBe('id');
    expect(lastDatetime()).toMatch(/T09:00:00\+08:00$/); // the bot's zone, Asia/Shanghai
    const menu = await c.says('/timezone', hint).expectFlow('timezone', opening('id', 'core.timezone_current'));
    expect(texts(menu).join(' ')).toContain('Shanghai (UTC+8)');
    expect(texts(menu)).toContain(tr('id', 'core.timezone_choose'));
    const labels = c.buttons.map((b) => b.label);
    expect(labels).toEqual(expect.arrayContaining(['Shanghai (UTC+8)', 'Jakarta (UTC+7)', 'Makassar (UTC+8)', 'Jayapura (UTC+9)']));
    expect(labels.length).toBeLessThanOrEqual(8);
    for (const b of c.buttons) expect(b.value).toMatch(/^intent:timezone\?zone=[A-Za-z]/);

    const chosen = await c.presses('Jakarta').expectFlow('timezone', opening('id', 'core.timezone_changed'));
    expect(texts(chosen).join(' ')).toContain('Jakarta (UTC+7)');
    expect(await profileOf(c)).toMatchObject({ timezone: 'Asia/Jakarta', timezoneSource: 'chosen' });
    await c.says('bisa diantar besok jam 9 pagi?', hint);
    expect(lastDatetime()).toMatch(/T09:00:00\+07:00$/);
  });

  it('writes the local time of the chosen zone in the confirmation', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const before = new Date();
    const r = await c.says('/tz Asia/Tokyo').expectFlow('timezone', 'Tokyo (UTC+9)');
    const after = new Date();
    const reply = texts(r).join(' ');
    // Whichever minute the turn ran in: the clock of Tokyo, not of the bot's Shanghai an hour behind.
    expect([before, after].some((d) => reply.includes(localClock('Asia/Tokyo', 'en', d)))).toBe(true);
    expect([before, after].some((d) => reply.includes(localClock('Asia/Shanghai', 'en', d)))).toBe(false);
  });

  it.each([
    ['/timezone são paulo', 'America/Sao_Paulo'],
    ['/timezone new york', 'America/New_York'],
    ['/tz UTC+7', 'Etc/GMT-7'],
    ['/timezone gmt-3', 'Etc/GMT+3'],
    ['🕒 Asia/Kolkata', 'Asia/Kolkata'],
    ['tz ho chi minh', 'Asia/Ho_Chi_Minh'], // Telegram delivers the command `/tz` as the word `tz`
    ['/timezone@demo_shop_bot tokyo', 'Asia/Tokyo'],
  ])('takes "%s" typed after the command as %s', async (text, zone) => {
    const c = new Chat(t.app, undefined, 'en');
    const r = await c.says(text).expectFlow('timezone', opening('en', 'core.timezone_changed'));
    expect(r.intent).toBe('timezone');
    expect(await profileOf(c)).toMatchObject({ timezone: zone, timezoneSource: 'chosen' });
  });

  it('keeps an offset zone intact through its button (a "+" in a button value is not a space)', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('/tz UTC-3').expectFlow('timezone', 'UTC-3');
    await c.says('/tz').expectFlow('timezone');
    expect(c.buttons[0]).toMatchObject({ label: 'UTC-3', value: 'intent:timezone?zone=Etc/GMT%2B3' });
    await c.presses('UTC-3').expectFlow('timezone', opening('en', 'core.timezone_changed'));
    expect(await profileOf(c)).toMatchObject({ timezone: 'Etc/GMT+3', timezoneSource: 'chosen' });
  });

  it('keeps a chosen zone when the web chat reports the browser\'s zone again', async () => {
    const c = new Chat(probed, undefined, 'en');
    const browser = { sender: { id: c.user, timezone: 'Asia/Kolkata' } };
    await c.says('tomorrow at 9', browser);
    expect(lastDatetime()).toMatch(/T09:00:00\+05:30$/);
    expect(await profileOf(c)).toMatchObject({ timezone: 'Asia/Kolkata', timezoneSource: 'reported' });
    await c.says('/timezone tokyo', browser).expectFlow('timezone', 'Tokyo (UTC+9)');
    await c.says('tomorrow at 9', browser);
    expect(lastDatetime()).toMatch(/T09:00:00\+09:00$/);
    expect(await profileOf(c)).toMatchObject({ timezone: 'Asia/Tokyo', timezoneSource: 'chosen' });
    // Until the shopper chooses again.
    await c.says('/tz kolkata', browser).expectFlow('timezone', 'Kolkata (UTC+5:30)');
    expect(await profileOf(c)).toMatchObject({ timezone: 'Asia/Kolkata', timezoneSource: 'chosen' });
  });

  it('goes back to the browser\'s zone when the shopper presses "automatic", at once', async () => {
    const c = new Chat(probed, undefined, 'en');
    const browser = { sender: { id: c.user, timezone: 'Asia/Kolkata' } };
    await c.says('/tz', browser).expectFlow('timezone');
    // Nothing chosen yet: the browser's zone is already followed, so no "automatic" button.
    expect(c.buttons.map((b) => b.value)).not.toContain('intent:timezone?zone=auto');
    await c.says('/tz tokyo', browser).expectFlow('timezone', 'Tokyo (UTC+9)');
    await c.says('/tz', browser).expectFlow('timezone');
    const automatic = c.buttons.find((b) => b.value === 'intent:timezone?zone=auto');
    expect(automatic?.label).toBe(tr('en', 'core.timezone_automatic_button'));
    await c.presses(automatic!.label, browser).expectFlow('timezone', opening('en', 'core.timezone_automatic'));
    expect(texts(c.last!).join('\n')).toContain('Kolkata (UTC+5:30)');
    expect(await profileOf(c)).toMatchObject({ timezone: 'Asia/Kolkata', timezoneSource: 'reported' });
    await c.says('tomorrow at 9', { sender: { id: c.user, timezone: 'Europe/Paris' } });
    expect(lastDatetime()).toMatch(/T09:00:00\+0[12]:00$/);
    expect(await profileOf(c)).toMatchObject({ timezone: 'Europe/Paris', timezoneSource: 'reported' });
  });

  it('takes "/tz auto" where clients report no zone as the bot\'s zone, and forgets the chosen one', async () => {
    const c = new Chat(t.app, undefined, 'es');
    await c.says('/tz São Paulo').expectFlow('timezone', 'Sao Paulo (UTC-3)');
    await c.says('/tz').expectFlow('timezone');
    // A Telegram-like client reports no zone: "automatic" would only be the bot's zone, which has its own button.
    expect(c.buttons.map((b) => b.value)).not.toContain('intent:timezone?zone=auto');
    await c.says('/tz auto').expectFlow('timezone', opening('es', 'core.timezone_changed'));
    expect(texts(c.last!).join('\n')).toContain('Shanghai (UTC+8)');
    const profile = await profileOf(c);
    expect(profile).not.toHaveProperty('timezone');
    expect(profile).not.toHaveProperty('timezoneSource');
    // A language spoken on one clock points to it instead of the bot's.
    const d = new Chat(t.app, undefined, 'de');
    await d.says('/tz São Paulo').expectFlow('timezone', 'Sao Paulo (UTC-3)');
    await d.says('/tz auto').expectFlow('timezone', opening('de', 'core.timezone_changed'));
    expect(texts(d.last!).join('\n')).toMatch(/Berlin \(UTC\+[12]\)/);
    expect(await profileOf(d)).toMatchObject({ timezone: 'Europe/Berlin', timezoneSource: 'language' });
  });

  it('guesses the zone from a language spoken on one clock where the client reports none, and shows it as the current one', async () => {
    const c = new Chat(probed);
    const hint = telegramLike(c, 'ko');
    await c.says('내일 9시에 받을 수 있어요?', hint);
    expect(lastDatetime()).toMatch(/T09:00:00\+09:00$/); // Seoul, not the bot's Shanghai
    expect(await profileOf(c)).toMatchObject({ locale: 'ko', timezone: 'Asia/Seoul', timezoneSource: 'language' });
    const menu = await c.says('/tz', hint).expectFlow('timezone', opening('ko', 'core.timezone_current'));
    expect(texts(menu).join(' ')).toContain('Seoul (UTC+9)');
    expect(c.buttons[0]?.label).toBe('Seoul (UTC+9)');
    expect(c.buttons.map((b) => b.label)).toContain('Shanghai (UTC+8)');
  });

  it.each([
    ['ja', 'Asia/Tokyo'], ['th', 'Asia/Bangkok'], ['vi', 'Asia/Ho_Chi_Minh'], ['tr', 'Europe/Istanbul'], ['it', 'Europe/Rome'], ['zh-CN', 'Asia/Shanghai'],
  ])('takes %s for %s', async (locale, zone) => {
    const c = new Chat(t.app);
    await c.says('/tz', telegramLike(c, locale)).expectFlow('timezone', opening(locale, 'core.timezone_current'));
    expect(await profileOf(c)).toMatchObject({ timezone: zone, timezoneSource: 'language' });
  });

  it.each(['en', 'es', 'pt', 'fr', 'ar', 'ru', 'id'])('keeps the bot\'s zone for %s, spoken on many clocks', async (locale) => {
    const c = new Chat(t.app);
    await c.says('/tz', telegramLike(c, locale)).expectFlow('timezone', 'Shanghai (UTC+8)');
    expect(await profileOf(c)).not.toHaveProperty('timezone');
  });

  it('guesses again when the language changes', async () => {
    const c = new Chat(t.app);
    const hint = telegramLike(c, 'ja');
    await c.says('/tz', hint).expectFlow('timezone', 'Tokyo (UTC+9)');
    await c.says('can you answer in english?', hint).expectFlow('language');
    expect(await profileOf(c)).not.toHaveProperty('timezone');
    await c.says('/tz', hint).expectFlow('timezone', 'Shanghai (UTC+8)');
    await c.says('auf Deutsch bitte', hint).expectFlow('language');
    expect(await profileOf(c)).toMatchObject({ timezone: 'Europe/Berlin', timezoneSource: 'language' });
  });

  it('never replaces a chosen zone or one the client reports', async () => {
    const c = new Chat(t.app, undefined, 'ja');
    await c.says('/tz UTC+7').expectFlow('timezone');
    await c.says('韓国語で話してください').expectFlow('language');
    expect(await profileOf(c)).toMatchObject({ locale: 'ko', timezone: 'Etc/GMT-7', timezoneSource: 'chosen' });
    const web = new Chat(t.app, undefined, 'ja');
    const browser = { sender: { id: web.user, timezone: 'America/Los_Angeles' } };
    await web.says('/tz', browser).expectFlow('timezone', 'Los Angeles (UTC-');
    expect(await profileOf(web)).toMatchObject({ timezone: 'America/Los_Angeles', timezoneSource: 'reported' });
    // A client that reported a zone and a shopper whose guess it replaced: the report wins.
    const later = new Chat(t.app);
    await later.says('/tz', telegramLike(later, 'ja')).expectFlow('timezone', 'Tokyo (UTC+9)');
    await later.says('/tz', { sender: { id: later.user, locale: 'ja', timezone: 'Europe/Paris' } }).expectFlow('timezone', 'Paris (UTC+');
    expect(await profileOf(later)).toMatchObject({ timezone: 'Europe/Paris', timezoneSource: 'reported' });
  });

  it('answers an unknown zone politely, changes nothing, and offers the menu again', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('/tz tokyo').expectFlow('timezone');
    const r = await c.says('/timezone Mars/Olympus_Mons').expectFlow('timezone', tr('en', 'core.timezone_unknown'));
    expect(r.status).toBe('answered');
    expect(c.buttons.length).toBeGreaterThan(0);
    expect(await profileOf(c)).toMatchObject({ timezone: 'Asia/Tokyo', timezoneSource: 'chosen' });
    const long = await c.says(`/timezone ${'x'.repeat(200)}`).expectFlow('timezone', tr('en', 'core.timezone_unknown'));
    expect(long.status).toBe('answered');
    const es = new Chat(t.app, undefined, 'es');
    await es.says('/tz utc+99').expectFlow('timezone', tr('es', 'core.timezone_unknown'));
  });

  it('takes a place typed in the shopper\'s language', async () => {
    const c = new Chat(t.app, undefined, 'ru');
    await c.says('/timezone').expectFlow('timezone');
    await c.says('москва').expectFlow('timezone', opening('ru', 'core.timezone_changed'));
    expect(await profileOf(c)).toMatchObject({ timezone: 'Europe/Moscow', timezoneSource: 'chosen' });
    const d = new Chat(t.app, undefined, 'ja');
    await d.says('/tz ニューヨーク').expectFlow('timezone', opening('ja', 'core.timezone_changed'));
    expect((await profileOf(d)).timezone).toBe('America/New_York');
  });

  it('takes a city typed right after the menu, and only then', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('/timezone').expectFlow('timezone', tr('en', 'core.timezone_choose'));
    await c.says('Jakarta').expectFlow('timezone', 'Jakarta (UTC+7)');
    expect(await profileOf(c)).toMatchObject({ timezone: 'Asia/Jakarta', timezoneSource: 'chosen' });
    // No menu on screen: a city is just a message.
    const later = await c.says('Tokyo');
    expect(later.flow).not.toBe('timezone');
    expect((await profileOf(c)).timezone).toBe('Asia/Jakarta');
    // After the menu, a message that names no zone goes where it would have gone.
    await c.says('/timezone').expectFlow('timezone');
    await c.says('where is my order SM100234').expectFlow('order_status');
    expect((await profileOf(c)).timezone).toBe('Asia/Jakarta');
  });

  it('answers the menu on top of a pending question, then asks it again', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('where is my order').expectFlow('order_status', tr('en', 'order.ask_id'));
    const r = await c.says('/tz tokyo').expectReply('Tokyo (UTC+9)');
    expect(texts(r).at(-1)).toBe(tr('en', 'order.ask_id'));
  });

  it.each([
    ['zh-CN', '我想更改时区'], ['en', 'can I change time zone?'], ['ja', 'タイムゾーンを変更したい'], ['ko', '시간대 변경해 주세요'],
    ['es', 'quiero cambiar la zona horaria'], ['fr', 'je voudrais changer de fuseau horaire'], ['de', 'Zeitzone ändern bitte'],
    ['ru', 'как сменить часовой пояс?'], ['pt', 'quero mudar o fuso horário'], ['it', 'vorrei cambiare il fuso orario'],
    ['th', 'อยากเปลี่ยนเขตเวลา'], ['vi', 'mình muốn đổi múi giờ'], ['id', 'mau ganti zona waktu'], ['ar', 'أريد تغيير المنطقة الزمنية'],
    ['tr', 'saat dilimini değiştir lütfen'],
  ])('opens the menu for "change time zone" in %s', async (locale, text) => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(text).expectFlow('timezone', tr(locale, 'core.timezone_choose'));
    expect(c.buttons.length).toBeGreaterThan(1);
  });

  it('does not take a city for the language it is written in', async () => {
    const c = new Chat(t.app);
    expect((await c.says('hello, I have a question')).locale).toBe('en');
    expect((await c.says('/tz são paulo').expectFlow('timezone', 'Sao Paulo (UTC-3)')).locale).toBe('en');
    await c.says('/timezone').expectFlow('timezone');
    expect((await c.says('Jakarta').expectFlow('timezone', 'Jakarta (UTC+7)')).locale).toBe('en');
  });

  it('leaves the zone alone when a group message does not address the bot, or an agent has the conversation', async () => {
    const g = new Chat(t.app, undefined, 'en', { id: `g-${randomUUID()}`, kind: 'group' });
    const r = await g.says('/tz tokyo', { mentionsBot: false });
    expect(r.status).toBe('ignored');
    expect((await profileOf(g)).timezone).toBeUndefined();
    const c = new Chat(t.app, undefined, 'en');
    const handedOff = await c.says('I want to talk to a real person').expectFlow('human_agent');
    await t.app.store.conversations.setStatus(handedOff.conversationId!, 'with_agent', { agentId: 'ann' });
    expect((await c.says('/tz tokyo')).status).toBe('with_agent');
    expect((await profileOf(c)).timezone).toBeUndefined();
  });
});
