/** "When are you open?": the team's hours on the shop's clock and the shopper's, whether someone is there, and when they are back. */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { supportHours, DayList, minutesOf } from '../../../core/shop/support-hours.js';
import { createI18n, readLocaleDir, type I18n } from '../../../core/i18n/index.js';
import { ROOT } from '../../helpers/chat.js';

const WEEKDAYS = { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' };
const at = (iso: string) => new Date(iso);
let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n(readLocaleDir(join(ROOT, 'locales')), { fallback: 'en' });
});

describe('supportHours', () => {
  it('is open within the hours on the shop\'s clock, and closed a minute after', () => {
    // Wednesday 2026-11-25 in Shanghai (UTC+8).
    expect(supportHours(WEEKDAYS, 'Asia/Shanghai', undefined, at('2026-11-25T01:00:00Z')).open).toBe(true); // 9:00
    expect(supportHours(WEEKDAYS, 'Asia/Shanghai', undefined, at('2026-11-25T09:59:00Z')).open).toBe(true); // 17:59
    const after = supportHours(WEEKDAYS, 'Asia/Shanghai', undefined, at('2026-11-25T10:01:00Z')); // 18:01
    expect(after.open).toBe(false);
    expect(after.back?.at.toISOString()).toBe('2026-11-26T01:00:00.000Z'); // Thursday 9:00
    expect(after.back?.localize('en', i18n)).toBe('tomorrow at 9:00 AM');
    expect(after.back?.localize('zh-CN', i18n)).toBe('明天 9:00');
  });

  it('says when the team is back after a weekend, on the shopper\'s clock when it is known', () => {
    const saturday = at('2026-11-28T04:00:00Z'); // Saturday noon in Shanghai, 05:00 in Berlin
    const shop = supportHours(WEEKDAYS, 'Asia/Shanghai', undefined, saturday);
    expect(shop.back?.localize('en', i18n)).toBe('on Monday at 9:00 AM');
    expect(shop.backZone).toBe('Shanghai, UTC+8');
    const berlin = supportHours(WEEKDAYS, 'Asia/Shanghai', 'Europe/Berlin', saturday);
    expect(berlin.back?.localize('de', i18n)).toBe('Montag um 2:00 Uhr');
    expect(berlin.backZone).toBe('Berlin, UTC+1');
    // Sunday evening in São Paulo is Monday morning in Shanghai: "today".
    const sunday = supportHours(WEEKDAYS, 'Asia/Shanghai', 'America/Sao_Paulo', at('2026-11-29T20:00:00Z'));
    expect(sunday.back?.localize('pt', i18n)).toBe('hoje às 22:00');
  });

  it('gives the hours on the shopper\'s clock, with the days they fall on there', () => {
    const now = at('2026-11-25T02:00:00Z');
    const tokyo = supportHours(WEEKDAYS, 'Asia/Shanghai', 'Asia/Tokyo', now).local!;
    expect([tokyo.days.localize('en', i18n), tokyo.open.localize('en'), tokyo.close.localize('en'), tokyo.overnight]).toEqual(['Monday to Friday', '10:00 AM', '7:00 PM', false]);
    const saoPaulo = supportHours(WEEKDAYS, 'Asia/Shanghai', 'America/Sao_Paulo', now).local!;
    expect([saoPaulo.days.localize('en', i18n), saoPaulo.open.localize('en'), saoPaulo.close.localize('en'), saoPaulo.overnight]).toEqual(['Sunday to Thursday', '10:00 PM', '7:00 AM', true]);
    expect(saoPaulo.zone).toBe('Sao Paulo, UTC-3');
  });

  it('gives no second clock when the shopper\'s reads the hours the same', () => {
    const now = at('2026-11-25T02:00:00Z');
    expect(supportHours(WEEKDAYS, 'Asia/Shanghai', 'Asia/Singapore', now).local).toBeNull();
    expect(supportHours(WEEKDAYS, 'Asia/Shanghai', 'Asia/Shanghai', now).local).toBeNull();
    expect(supportHours({ ...WEEKDAYS, timezone: 'Asia/Tokyo' }, 'Asia/Shanghai', 'Asia/Tokyo', now).local).toBeNull();
  });

  it('uses the hours\' own zone over the bot\'s', () => {
    const hours = supportHours({ ...WEEKDAYS, timezone: 'Europe/Berlin' }, 'Asia/Shanghai', undefined, at('2026-11-25T02:00:00Z'));
    expect(hours.open).toBe(false); // 3:00 in Berlin
    expect(hours.shop.zone).toBe('Berlin, UTC+1');
    expect(hours.back?.localize('en', i18n)).toBe('today at 9:00 AM');
  });

  it('knows round-the-clock hours, and hours that close at midnight', () => {
    const always = supportHours({ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00' }, 'Asia/Shanghai', undefined, at('2026-11-29T15:59:00Z'));
    expect([always.always, always.open, always.back]).toEqual([true, true, null]);
    const late = supportHours({ days: [5, 6], open: '12:00', close: '24:00' }, 'UTC', undefined, at('2026-11-28T23:30:00Z'));
    expect([late.always, late.open, late.shop.overnight]).toEqual([false, true, false]);
    expect(supportHours({ days: [5, 6], open: '12:00', close: '24:00' }, 'UTC', undefined, at('2026-11-29T00:00:00Z')).open).toBe(false);
  });

  it('refuses hours that close before they open, and times that are none', () => {
    expect(() => supportHours({ days: [1], open: '18:00', close: '09:00' }, 'UTC', undefined)).toThrow(RangeError);
    expect(() => minutesOf('25:00')).toThrow(RangeError);
    expect(() => minutesOf('9h')).toThrow(RangeError);
    expect(minutesOf('24:00')).toBe(1440);
  });
});

describe('DayList', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'en', 'Monday to Friday'],
    [[1, 2, 3, 4, 5], 'zh-CN', '周一至周五'],
    [[1, 2, 3, 4, 5], 'fr', 'du lundi au vendredi'],
    [[7, 1, 2, 3, 4], 'es', 'de domingo a jueves'],
    [[1, 2, 3, 4, 5, 6, 7], 'ja', '毎日'],
    [[6, 7], 'de', 'Samstag und Sonntag'],
    [[1, 3, 5], 'ru', 'пн, ср и пт'],
    [[2], 'tr', 'Salı'],
  ])('%j in %s: %s', (days, locale, text) => {
    expect(new DayList(days).localize(locale, i18n)).toBe(text);
  });
});
