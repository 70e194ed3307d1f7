import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

/** A capital or big city typed in the shopper's own language or script chooses its zone (see core/util/timezone-cities.ts). */
describe('choosing a time zone by a city in the shopper\'s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  const profileOf = (c: Chat) => t.app.store.profiles.upsertByIdentity({ platform: 'test', botId: 'demo-shop', userId: c.user });
  /** A message text up to its first variable, to find it in a reply whatever the zone and time. */
  const opening = (locale: string, key: string) => t.app.i18n.t(locale, key).split('{{')[0]!.trim();

  it.each([
    ['ja', '/tz 東京', 'Asia/Tokyo', 'Tokyo (UTC+9)'],
    ['ko', '/timezone 서울', 'Asia/Seoul', 'Seoul (UTC+9)'],
    ['th', '/tz กรุงเทพ', 'Asia/Bangkok', 'Bangkok (UTC+7)'],
    ['it', '/tz Roma', 'Europe/Rome', 'Rome (UTC+'],
    ['ar', '/tz الرياض', 'Asia/Riyadh', 'Riyadh (UTC+3)'],
    ['zh-CN', '/tz 北京', 'Asia/Shanghai', 'Shanghai (UTC+8)'],
    ['de', '/tz Mailand', 'Europe/Rome', 'Rome (UTC+'],
    ['vi', '/tz TP.HCM', 'Asia/Ho_Chi_Minh', 'Ho Chi Minh (UTC+7)'],
    ['ru', '/tz Стамбул', 'Europe/Istanbul', 'Istanbul (UTC+3)'],
  ])('takes the %s shopper\'s "%s" as %s, and names the zone', async (locale, text, zone, label) => {
    const c = new Chat(t.app, undefined, locale);
    const r = await c.says(text).expectFlow('timezone', opening(locale, 'core.timezone_changed'));
    expect(texts(r).join(' ')).toContain(label);
    expect(r.locale).toBe(locale);
    expect(await profileOf(c)).toMatchObject({ timezone: zone, timezoneSource: 'chosen' });
  });

  it('takes such a city typed right after the menu', async () => {
    const c = new Chat(t.app, undefined, 'es');
    await c.says('/timezone').expectFlow('timezone', t.app.i18n.t('es', 'core.timezone_choose'));
    await c.says('Estambul').expectFlow('timezone', 'Istanbul (UTC+3)');
    expect(await profileOf(c)).toMatchObject({ timezone: 'Europe/Istanbul', timezoneSource: 'chosen' });
  });

  it('does not take the city for the language it is written in', async () => {
    const c = new Chat(t.app);
    expect((await c.says('hello, I have a question')).locale).toBe('en');
    expect((await c.says('/tz Milano').expectFlow('timezone', 'Rome (UTC+')).locale).toBe('en');
    expect((await profileOf(c)).timezone).toBe('Europe/Rome');
  });
});
