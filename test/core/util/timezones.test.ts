import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleDir } from '../../../core/i18n/index.js';
import { LOCALES } from '../../../core/util/locales.js';
import { formatDate, formatDay, formatUtcOffset, languageTimeZone, localClock, parseTimeZoneChoice, timeZoneLabel } from '../../../core/util/timezones.js';
import { ROOT } from '../../helpers/chat.js';

/** The offset Intl shows for `zone` now ("GMT+05:30"), to check a zone picked for an offset without our own arithmetic. */
const intlOffset = (zone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value;

describe('parseTimeZoneChoice', () => {
  it.each([
    ['Asia/Jakarta', 'Asia/Jakarta'],
    ['asia/jakarta', 'Asia/Jakarta'],
    ['  ASIA/JAKARTA ', 'Asia/Jakarta'],
    ['america/new york', 'America/New_York'],
    ['etc/gmt-7', 'Etc/GMT-7'],
    // ICU lists these under their old names; the new ones are kept, in their usual letter case.
    ['asia/kolkata', 'Asia/Kolkata'],
    ['america/argentina/buenos_aires', 'America/Argentina/Buenos_Aires'],
  ])('takes the IANA name %j as %s', (text, zone) => {
    expect(parseTimeZoneChoice(text)).toBe(zone);
  });

  it.each([
    ['são paulo', 'America/Sao_Paulo'],
    ['SAO_PAULO', 'America/Sao_Paulo'],
    ['new york', 'America/New_York'],
    ['NewYork', 'America/New_York'],
    ['zürich', 'Europe/Zurich'],
    ["st. john's", 'America/St_Johns'],
    ['İstanbul', 'Europe/Istanbul'],
    ['port au prince', 'America/Port-au-Prince'],
    // Renamed cities ICU knows only as aliases of their old names (Asia/Saigon, Europe/Kiev).
    ['ho chi minh', 'Asia/Ho_Chi_Minh'],
    ['Kyiv', 'Europe/Kyiv'],
  ])('takes the city %j as %s', (text, zone) => {
    expect(parseTimeZoneChoice(text)).toBe(zone);
  });

  it.each([
    ['UTC+7', 'Etc/GMT-7'],
    ['utc+8', 'Etc/GMT-8'],
    ['GMT-3', 'Etc/GMT+3'],
    ['UTC −5', 'Etc/GMT+5'],
    ['+09:00', 'Etc/GMT-9'],
    ['UTC+14', 'Etc/GMT-14'],
    ['UTC-12', 'Etc/GMT+12'],
    ['utc', 'UTC'],
    ['GMT+0', 'UTC'],
  ])('takes the whole-hour offset %j as %s', (text, zone) => {
    expect(parseTimeZoneChoice(text)).toBe(zone);
  });

  it.each(['+05:30', 'UTC+5:30', '+0530', 'UTC+5:45'])('takes the offset %j as a place on that offset now', (text) => {
    const zone = parseTimeZoneChoice(text);
    expect(zone).toMatch(/^[A-Z][a-z]+\/[A-Za-z_]+$/);
    const [, h, m] = /(\d{1,2}):?(\d{2})$/.exec(text)!;
    expect(intlOffset(zone!)).toBe(`GMT+${h!.padStart(2, '0')}:${m}`);
  });

  it('gives zones under their current names, which Node 20 lists under old ones', () => {
    expect(parseTimeZoneChoice('calcutta')).toBe('Asia/Kolkata');
    expect(parseTimeZoneChoice('kolkata')).toBe('Asia/Kolkata');
    expect(parseTimeZoneChoice('saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(parseTimeZoneChoice('UTC+5:45')).toBe('Asia/Kathmandu');
    expect(timeZoneLabel(parseTimeZoneChoice('+05:30', ['Asia/Kolkata'])!)).toBe('Kolkata (UTC+5:30)');
  });

  it.each([
    ['Москва', 'ru', 'Europe/Moscow'],
    ['новосибирск', 'ru', 'Asia/Novosibirsk'],
    ['ニューヨーク', 'ja', 'America/New_York'],
    ['日本', 'zh-CN', 'Asia/Tokyo'],
    ['墨西哥城', 'zh-CN', 'America/Mexico_City'],
    ['Ciudad de México', 'es', 'America/Mexico_City'],
    ['Nueva York', 'es', 'America/New_York'],
    ['Allemagne', 'fr', 'Europe/Berlin'],
    ['대한민국', 'ko', 'Asia/Seoul'],
    ['موسكو', 'ar', 'Europe/Moscow'],
    ['Japonya', 'tr', 'Asia/Tokyo'],
    ['Japan', undefined, 'Asia/Tokyo'],
  ])('takes the place %j written in %s (CLDR\'s names) as %s', (text, locale, zone) => {
    expect(parseTimeZoneChoice(text, [], locale)).toBe(zone);
  });

  it('takes big cities CLDR\'s format does not name, in any of the languages (core/util/timezone-cities.ts)', () => {
    expect(parseTimeZoneChoice('Москва', [], 'en')).toBe('Europe/Moscow');
    expect(parseTimeZoneChoice('Roma', [], 'it')).toBe('Europe/Rome');
    expect(parseTimeZoneChoice('東京', [], 'ja')).toBe('Asia/Tokyo');
  });

  it('prefers a place the shopper is likely in, for an offset several places share', () => {
    expect(parseTimeZoneChoice('+05:30', ['Asia/Colombo'])).toBe('Asia/Colombo');
    expect(parseTimeZoneChoice('+05:30', ['Asia/Tokyo'])).not.toBe('Asia/Tokyo');
  });

  it.each([
    '', '   ', 'hello', 'Atlantis', 'Mars/Olympus_Mons', '../../etc/passwd', 'UTC+15', 'UTC-13', '+05:17', 'UTC+7:60', '+123',
    'x'.repeat(200), 'Asia/'.repeat(40), `São Paulo ${'é'.repeat(190)}`, '火星', '12345', 'DROP TABLE profiles;',
  ])('knows no zone for %j', (text) => {
    expect(parseTimeZoneChoice(text)).toBeUndefined();
  });
});

describe('time zone labels', () => {
  it('names a zone by its city and UTC offset, an offset zone by its offset', () => {
    expect(timeZoneLabel('Asia/Jakarta')).toBe('Jakarta (UTC+7)');
    expect(timeZoneLabel('America/Sao_Paulo')).toBe('Sao Paulo (UTC-3)');
    expect(timeZoneLabel('Asia/Kolkata')).toBe('Kolkata (UTC+5:30)');
    expect(timeZoneLabel('Etc/GMT-7')).toBe('UTC+7');
    expect(timeZoneLabel('UTC')).toBe('UTC');
  });

  it('reads summer time from the date', () => {
    expect(timeZoneLabel('Europe/Berlin', new Date('2026-01-15T12:00:00Z'))).toBe('Berlin (UTC+1)');
    expect(timeZoneLabel('Europe/Berlin', new Date('2026-07-15T12:00:00Z'))).toBe('Berlin (UTC+2)');
  });

  it('writes offsets as shoppers type them', () => {
    expect([0, 420, -180, 330, 345, -570].map(formatUtcOffset)).toEqual(['UTC', 'UTC+7', 'UTC-3', 'UTC+5:30', 'UTC+5:45', 'UTC-9:30']);
  });
});

describe('the time zone hint in every locale', () => {
  const resources = readLocaleDir(join(ROOT, 'locales'));
  // “Tokyo”, «Moscow», „Berlin“, 「Tokyo」
  const examples = (s: string) => [...s.matchAll(/[“«„「]\s*([^”»“」]+?)\s*[”»“」]/gu)].map((m) => m[1]!);

  it.each(LOCALES)('%s suggests a city and an offset the parser knows', (locale) => {
    const core = resources[locale]!.core as Record<string, string>;
    for (const key of ['timezone_choose', 'timezone_unknown']) {
      const found = examples(core[key]!);
      expect(found, `${locale} core.${key}`).toHaveLength(2);
      for (const example of found) expect(parseTimeZoneChoice(example), `${locale}: ${example}`).toBeDefined();
    }
  });
});

describe('the zone a language points to', () => {
  it.each([
    ['zh-CN', 'Asia/Shanghai'], ['ja', 'Asia/Tokyo'], ['ko', 'Asia/Seoul'], ['th', 'Asia/Bangkok'], ['vi', 'Asia/Ho_Chi_Minh'],
    ['tr', 'Europe/Istanbul'], ['de', 'Europe/Berlin'], ['it', 'Europe/Rome'],
  ])('%s is spoken on one clock: %s', (locale, zone) => {
    expect(languageTimeZone(locale)).toBe(zone);
    expect(parseTimeZoneChoice(zone)).toBe(zone);
  });

  it.each(['en', 'es', 'pt', 'fr', 'ar', 'ru', 'id'])('%s is spoken on many clocks: none', (locale) => {
    expect(languageTimeZone(locale)).toBeUndefined();
  });
});

/** Days, dates and clocks as a native writes them in a chat, not CLDR's abbreviations ("28 Kas Cmt", "28 thg 11"). */
describe('dates in chat', () => {
  const saturday = new Date('2026-11-28T00:00:00Z');
  it.each([
    ['zh-CN', '11月28日周六', '2026年11月28日'],
    ['en', 'Sat, Nov 28', 'Nov 28, 2026'],
    ['ja', '11月28日(土)', '2026年11月28日'],
    ['ko', '11월 28일 (토)', '2026년 11월 28일'],
    ['es', 'sáb, 28 de noviembre', '28 de noviembre de 2026'],
    ['fr', 'samedi 28 novembre', '28 novembre 2026'],
    ['de', 'Sa., 28. November', '28.11.2026'],
    ['ru', 'сб, 28 ноября', '28 ноября 2026 г.'],
    ['pt', 'sábado, 28 de novembro', '28 de novembro de 2026'],
    ['it', 'sabato 28 novembre', '28 novembre 2026'],
    ['th', 'เสาร์ 28 พ.ย.', '28 พ.ย. 2569'],
    ['vi', 'Thứ 7, 28/11', '28/11/2026'],
    ['id', 'Sabtu, 28 November', '28 November 2026'],
    ['ar', 'السبت، 28 نوفمبر', '28 نوفمبر 2026'],
    ['tr', '28 Kasım Cumartesi', '28 Kasım 2026'],
  ])('%s writes a day "%s" and a date "%s"', (locale, day, date) => {
    expect(formatDay(saturday, locale)).toBe(day);
    expect(formatDate(saturday, locale)).toBe(date);
  });

  it('writes an instant in the zone asked for', () => {
    expect(formatDay(new Date('2026-11-28T20:00:00Z'), 'en', 'Asia/Tokyo')).toBe('Sun, Nov 29');
    expect(formatDate(new Date('2026-11-28T20:00:00Z'), 'en', 'America/Los_Angeles')).toBe('Nov 28, 2026');
  });

  it.each([
    ['en', 'Sat 1:05 PM'], ['ko', '(토) 13:05'], ['tr', 'Cumartesi 13:05'], ['id', 'Sabtu 13.05'], ['de', 'Sa., 13:05'], ['ja', '13:05 (土)'],
  ])('%s reads the clock as "%s"', (locale, clock) => {
    expect(localClock('UTC', locale, new Date('2026-11-28T13:05:00Z'))).toBe(clock);
  });
});
