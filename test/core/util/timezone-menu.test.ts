import { describe, expect, it } from 'vitest';
import { likelyRegion, MAX_MENU_ZONES, regionTimeZones, timeZoneMenu } from '../../../core/util/timezone-menu.js';

/** The offset of `zone` at `iso`, from Intl ("GMT+07:00"). */
const offsetAt = (zone: string, iso: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value;
/** Places keep the same clock when their offsets agree now, in January and in July. */
const clock = (zone: string, at: Date) => [at.toISOString(), '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z'].map((iso) => offsetAt(zone, iso)).join(' ');

describe('the time zone menu', () => {
  const at = new Date('2026-03-01T12:00:00Z');

  it('starts with the zone in use, then the bot\'s and the zones of the shopper\'s country, west to east', () => {
    const menu = timeZoneMenu({ current: 'Asia/Tokyo', bot: 'Asia/Shanghai', hints: [undefined, 'id'], at });
    expect(menu[0]).toBe('Asia/Tokyo');
    // Pontianak keeps Jakarta's clock: one button for both.
    expect(menu.slice(1)).toEqual(['Asia/Jakarta', 'Asia/Shanghai', 'Asia/Makassar', 'Asia/Jayapura']);
  });

  it('offers one place per clock of a large country, at most eight buttons in all', () => {
    const menu = timeZoneMenu({ current: 'Europe/London', bot: 'Asia/Shanghai', hints: ['en'], at });
    expect(menu).toHaveLength(MAX_MENU_ZONES);
    expect(menu.slice(0, 1)).toEqual(['Europe/London']);
    expect(menu).toContain('Asia/Shanghai');
    const us = menu.filter((z) => z.startsWith('America/') || z.startsWith('Pacific/'));
    expect(us).toHaveLength(MAX_MENU_ZONES - 2);
    expect(new Set(us.map((z) => clock(z, at))).size).toBe(us.length);
    expect(us).toEqual(expect.arrayContaining(['America/Los_Angeles', 'America/Chicago']));
  });

  it('names a shared clock by the city it is known by, when CLDR says which', () => {
    // Europe/Ceuta keeps Madrid's clock; CLDR calls Madrid's zone "Spain Time". Moscow's clock is named after Moscow.
    expect(timeZoneMenu({ current: 'UTC', bot: 'UTC', hints: ['es'], at })).toContain('Europe/Madrid');
    expect(timeZoneMenu({ current: 'UTC', bot: 'UTC', hints: ['es'], at })).not.toContain('Europe/Ceuta');
    expect(timeZoneMenu({ current: 'UTC', bot: 'UTC', hints: ['ru'], at })).toContain('Europe/Moscow');
  });

  it('names a country\'s clocks after the cities most people know them by, under their current names', () => {
    const menu = (hint: string) => timeZoneMenu({ current: 'UTC', bot: 'UTC', hints: [hint], at, max: 12 });
    expect(menu('US')).toEqual(expect.arrayContaining(['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles']));
    expect(menu('US')).not.toEqual(expect.arrayContaining(['America/Detroit']));
    expect(menu('US')).not.toContain('America/Boise');
    expect(menu('BR')).toContain('America/Sao_Paulo');
    expect(menu('BR')).not.toContain('America/Araguaina');
    expect(menu('CA')).toEqual(expect.arrayContaining(['America/Toronto', 'America/Vancouver']));
    expect(menu('AU')).toContain('Australia/Sydney');
    expect(menu('MX')).toContain('America/Mexico_City');
    expect(menu('AR')).toEqual(['UTC', 'America/Argentina/Buenos_Aires']);
    expect(menu('IN')).toEqual(['UTC', 'Asia/Kolkata']);
    expect(menu('VN')).toEqual(['UTC', 'Asia/Ho_Chi_Minh']);
    // Eight buttons for the United States: its six best-known clocks after the current and the bot's.
    const eight = timeZoneMenu({ current: 'UTC', bot: 'Asia/Shanghai', hints: ['US'], at });
    expect(eight).toEqual(expect.arrayContaining(['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage']));
  });

  it('takes hints in order and ignores those that point nowhere', () => {
    expect(timeZoneMenu({ current: 'UTC', bot: 'Asia/Shanghai', hints: ['not a tag!', '', 'x'], at })).toEqual(['UTC', 'Asia/Shanghai']);
    const menu = timeZoneMenu({ current: 'UTC', bot: 'UTC', hints: ['DE', 'ja'], at });
    expect(menu).toEqual(['UTC', 'Europe/Berlin', 'Asia/Tokyo']);
  });

  it('finds the country a language or a country code points at', () => {
    expect(['id', 'en', 'pt-BR', 'pt_BR', 'zh-CN', 'DE', 'nonsense tag'].map(likelyRegion)).toEqual(['ID', 'US', 'BR', 'BR', 'CN', 'DE', undefined]);
    expect(regionTimeZones('ID')).toEqual(expect.arrayContaining(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']));
    expect(regionTimeZones('ZZ')).toEqual([]);
  });
});
