import { cityKey, currentZoneName } from './timezones.js';
import { offsetMinutesAt } from './wall-clock.js';

/** Platforms cap keyboards, and a long list is read by nobody: the rest can be typed. */
export const MAX_MENU_ZONES = 8;

export interface TimeZoneMenuOptions {
  /** The shopper's zone now (chosen, reported, or the bot's): the first button. */
  current: string;
  /** The bot's own zone. */
  bot: string;
  /** Where the shopper may live, most telling first: a country code, locale tags (`pt-BR`, `id`). */
  hints: readonly (string | undefined)[];
  max?: number;
  at?: Date;
}

/**
 * The zones a time zone menu offers: the current one, the bot's, then those of the shopper's likely
 * countries, one per distinct clock (the United States offers six clocks, not 29 cities), west to east.
 */
export function timeZoneMenu(options: TimeZoneMenuOptions): string[] {
  const { current, bot, max = MAX_MENU_ZONES, at = new Date() } = options;
  const picked = [...new Set([current, bot])];
  for (const region of new Set(options.hints.map(likelyRegion).filter((r) => r !== undefined))) {
    const clocks = new Map<string, string[]>();
    for (const zone of regionTimeZones(region)) {
      const key = clockKey(zone, at);
      clocks.set(key, [...(clocks.get(key) ?? []), zone]);
    }
    const fresh = [...clocks.values()].filter((zones) => !zones.some((z) => picked.includes(z)));
    // The clocks of the cities most people live in first; then a clock more of the country's places keep.
    fresh.sort((a, b) => rank(a) - rank(b) || b.length - a.length);
    for (const zones of fresh.slice(0, Math.max(0, max - picked.length))) picked.push(representative(zones, region, at));
  }
  const [first, ...rest] = picked.slice(0, max);
  return [first!, ...rest.sort((a, b) => offsetMinutesAt(at, a) - offsetMinutesAt(at, b))];
}

/**
 * The cities a country's clocks are best known by, most lived-in first. Intl lists a country's zones
 * alphabetically and does not say which city names a clock (Boise and Denver keep one clock, Araguaina
 * and São Paulo another), so a menu built from Intl alone offers names few shoppers know. Countries with
 * one clock, or whose clocks CLDR names after a city, need no entry.
 */
const WELL_KNOWN = [
  'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/Denver', 'America/Phoenix', 'America/Anchorage', 'Pacific/Honolulu',
  'America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Halifax', 'America/Regina', 'America/St_Johns',
  'America/Mexico_City', 'America/Tijuana', 'America/Cancun', 'America/Hermosillo',
  'America/Sao_Paulo', 'America/Manaus', 'America/Rio_Branco', 'America/Noronha',
  'America/Argentina/Buenos_Aires', 'America/Santiago', 'America/Bogota', 'America/Lima',
  'Australia/Sydney', 'Australia/Brisbane', 'Australia/Perth', 'Australia/Adelaide', 'Australia/Darwin',
  'Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Vladivostok', 'Europe/Kaliningrad',
  'Europe/Madrid', 'Europe/Lisbon', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Kolkata', 'Asia/Ho_Chi_Minh',
];
const WELL_KNOWN_RANK = new Map(WELL_KNOWN.map((zone, i) => [zone, i]));

/** A clock's place in the menu: that of its best-known city, or after all of them. */
function rank(zones: readonly string[]): number {
  return Math.min(WELL_KNOWN.length, ...zones.map((z) => WELL_KNOWN_RANK.get(z) ?? WELL_KNOWN.length));
}

/** The region a locale tag or country code points at: `id` → `ID`, `en` → `US`, `pt-BR` → `BR`, `DE` → `DE`. */
export function likelyRegion(hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  if (/^[A-Z]{2}$/.test(hint)) return hint;
  try {
    return new Intl.Locale(hint.replace('_', '-')).maximize().region;
  } catch {
    return undefined; // not a well-formed tag: no hint
  }
}

interface LocaleWithZones {
  timeZones?: string[];
  getTimeZones?: () => string[];
}

/** The zones ICU lists for a country (`ID` → Asia/Jakarta, Asia/Jayapura, ...); none for an unknown code. */
export function regionTimeZones(region: string): string[] {
  let locale: LocaleWithZones;
  try {
    locale = new Intl.Locale(`und-${region}`) as LocaleWithZones;
  } catch {
    return [];
  }
  // A getter in Node 20 and 22; newer V8 replaces it with a method.
  return (locale.getTimeZones?.() ?? locale.timeZones ?? []).map(currentZoneName);
}

/** Places that keep the same clock all year: the same offset now, in January and in July. */
function clockKey(zone: string, at: Date): string {
  const year = at.getUTCFullYear();
  return [at, new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 6, 1))].map((d) => offsetMinutesAt(d, zone)).join('/');
}

const names = new Map<string, string>();

/** A zone's English name of the given style, without case or accents ("spaintime", "moscowstandardtime"). */
function zoneName(zone: string, style: 'long' | 'shortGeneric', at: Date): string {
  const key = `${zone} ${style}`;
  let name = names.get(key);
  if (name === undefined) {
    const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: style }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    name = cityKey(part?.value ?? '');
    names.set(key, name);
  }
  return name;
}

const regionNames = new Intl.DisplayNames('en', { type: 'region' });

/**
 * The place to name a clock by: a well-known city (above). Else, Intl does not say which city a clock is known by, but CLDR names a
 * country's main zone after the country (Europe/Madrid is "Spain Time", Europe/Ceuta "Ceuta Time"),
 * and many clocks after their city (Europe/Moscow keeps "Moscow Standard Time", Europe/Kirov shares
 * it); else the first of the country's main area (Australia/*, not Antarctica/Macquarie).
 */
function representative(zones: readonly string[], region: string, at: Date): string {
  const country = cityKey(regionNames.of(region) ?? region);
  const city = (zone: string) => cityKey(zone.slice(zone.lastIndexOf('/') + 1));
  const area = (zone: string) => zone.slice(0, zone.indexOf('/'));
  const areas = regionTimeZones(region).map(area);
  const common = (a: string) => areas.filter((x) => x === a).length;
  return zones.find((z) => WELL_KNOWN_RANK.has(z))
    ?? zones.find((z) => zoneName(z, 'shortGeneric', at).includes(country))
    ?? zones.find((z) => zoneName(z, 'long', at).includes(city(z)))
    ?? [...zones].sort((a, b) => common(area(b)) - common(area(a)))[0]!;
}
