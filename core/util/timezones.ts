/**
 * IANA time zone names as the runtime knows them. Clients report their zone (a browser, Teams'
 * `localTimezone`); a name this Node's ICU does not know is treated as no zone, never as an error,
 * so a message is not lost over it. Shoppers type theirs (`/timezone são paulo`, `/tz utc+7`).
 */
import { LOCALES } from './locales.js';
import { cityZoneByName } from './timezone-cities.js';
import { offsetMinutesAt } from './wall-clock.js';

const known = new Map<string, string | undefined>();

/**
 * Zones IANA has renamed that ICU (Node 20's at least) still lists under the old name: Intl knows the
 * new names only as aliases, so lists built from it (a country's zones, the zones on an offset) would
 * show shoppers "Calcutta" and "Saigon".
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

/** A zone from an Intl list under its current IANA name (`Asia/Calcutta` → `Asia/Kolkata`), when this runtime knows that name. */
export function currentZoneName(zone: string): string {
  const renamed = RENAMED[zone];
  return renamed && canonicalTimeZone(renamed) ? renamed : zone;
}

/** Every zone this runtime knows, under current names. */
export function allTimeZones(): string[] {
  return Intl.supportedValuesOf('timeZone').map(currentZoneName);
}
const MAX_CACHED = 1_000;
/** Longer than any zone name, city or offset: a sentence, not a choice. */
const MAX_CHOICE_CHARS = 64;

/** Time zone `name` in its usual letter case ("asia/shanghai" → "Asia/Shanghai"), or undefined if unknown. */
export function canonicalTimeZone(name: string | undefined): string | undefined {
  if (!name || name.length > MAX_CHOICE_CHARS) return undefined;
  if (known.has(name)) return known.get(name);
  let zone: string | undefined;
  try {
    // ICU resolves some current names to older ones (Asia/Kolkata → Asia/Calcutta): keep the client's
    // name then, and take ICU's only to fix the letter case.
    const resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    zone = resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  } catch {
    zone = undefined;
  }
  if (known.size >= MAX_CACHED) known.clear();
  known.set(name, zone);
  return zone;
}

/**
 * The zone a shopper means by `text`: an IANA name (`Asia/Jakarta`, any case), a city that ends an
 * IANA name (`são paulo`, `ho chi minh`, `new york`: case, spaces, underscores and accents ignored),
 * a place as `locale` (or English) names it in CLDR (`Москва`, `ニューヨーク`, `日本`: see placeIndex),
 * or a UTC offset (`UTC+7`, `gmt-3`, `+05:30`). A whole-hour offset is an `Etc/GMT∓h` zone; another
 * offset is a place on that offset now (those in `prefer` first), or undefined when none is.
 */
export function parseTimeZoneChoice(text: string, prefer: readonly string[] = [], locale?: string): string | undefined {
  const s = text.normalize('NFC').trim();
  if (!s || s.length > MAX_CHOICE_CHARS) return undefined;
  const offset = parseOffset(s);
  if (offset !== undefined) return zoneForOffset(offset, prefer);
  if (s.includes('/')) return canonicalTimeZone(zoneCase(s.replace(/\s+/g, '_')));
  return cityZone(s, locale);
}

const OFFSET = /^(?:utc|gmt)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** Minutes east of UTC that `s` names (`UTC+5:30` → 330, `UTC` → 0), or undefined. */
function parseOffset(s: string): number | undefined {
  if (/^(?:utc|gmt)$/i.test(s)) return 0;
  const m = OFFSET.exec(s);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (minutes >= 60) return undefined;
  return (m[1] === '+' ? 1 : -1) * (hours * 60 + minutes);
}

function zoneForOffset(minutes: number, prefer: readonly string[]): string | undefined {
  if (minutes === 0) return 'UTC';
  const hours = minutes / 60;
  // POSIX-style names: Etc/GMT-7 is seven hours *east* of UTC. The zones run from GMT-14 to GMT+12.
  if (Number.isInteger(hours)) return hours >= -12 && hours <= 14 ? canonicalTimeZone(`Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`) : undefined;
  const now = new Date();
  const matches = (zone: string) => offsetMinutesAt(now, zone) === minutes;
  const preferred = prefer.find(matches);
  if (preferred) return preferred;
  const places = allTimeZones().filter(matches);
  // A place without summer time keeps the offset the shopper typed all year.
  return places.find((z) => !observesSummerTime(z, now)) ?? places[0];
}

/** `america/new_york` → `America/New_York`, for names ICU knows under another name (ICU keeps the letter case as given). */
function zoneCase(name: string): string {
  if (name !== name.toLowerCase() && name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[/_-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A city as a shopper types it: no case, accents, spaces, underscores or punctuation (`São Paulo` → `saopaulo`). */
export function cityKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

let cities: Map<string, string> | undefined;
let areas: string[] | undefined;

function cityIndex(): Map<string, string> {
  if (!cities) {
    cities = new Map();
    // Shallower names first, so `America/Indianapolis` wins over a deeper namesake. A renamed city is
    // found by both names ("calcutta" and "kolkata" are Asia/Kolkata).
    const zones = [...Intl.supportedValuesOf('timeZone')].sort((a, b) => a.split('/').length - b.split('/').length);
    const city = (zone: string) => cityKey(zone.slice(zone.lastIndexOf('/') + 1));
    for (const zone of zones) {
      if (!zone.includes('/') || zone.startsWith('Etc/')) continue;
      const current = currentZoneName(zone);
      for (const key of [city(zone), city(current)]) if (key && !cities.has(key)) cities.set(key, current);
    }
    areas = [...new Set(zones.filter((z) => z.includes('/')).map((z) => z.slice(0, z.lastIndexOf('/'))))];
  }
  return cities;
}

const MAX_CITY_WORDS = 5;

/** The zone of a place named in `locale` or in English; each language's names are read once (about 80 ms), when first needed. */
function placeIn(key: string, locale: string | undefined): string | undefined {
  const supported = locale !== undefined && (LOCALES as readonly string[]).includes(locale);
  return (supported ? placeIndex(locale).get(key) : undefined) ?? placeIndex('en').get(key);
}

/** A country every format below names (its zone's place is the country): how each language wraps a place. */
const PATTERN_ZONES: readonly (readonly [string, string])[] = [['Asia/Tokyo', 'JP'], ['Europe/Paris', 'FR'], ['Asia/Kolkata', 'IN']];
const places = new Map<string, Map<string, string>>();

/**
 * Places as the 15 languages write them ("Москва", "ニューヨーク", "Ciudad de México", "日本", "Allemagne"),
 * from CLDR's generic location format, which names a zone by its city where a country has several clocks
 * and by its country where it has one ("日本時間", "hora de Ciudad de México", "Москва"). Each language's
 * wrapping ("{0}時間", "hora de {0}") is read off a zone whose country Intl.DisplayNames also names. Capitals
 * of one-clock countries ("東京", "Roma") are not in CLDR's format: timezone-cities.ts names them.
 */
function placeIndex(locale: string): Map<string, string> {
  const cached = places.get(locale);
  if (cached) return cached;
  const index = new Map<string, string>();
  places.set(locale, index);
  const zones = allTimeZones().filter((z) => z.includes('/') && !z.startsWith('Etc/')).sort((a, b) => a.split('/').length - b.split('/').length);
  const format = (zone: string) =>
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortGeneric' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const countries = new Intl.DisplayNames(locale, { type: 'region' });
  let wrap: readonly [string, string] | undefined;
  for (const [zone, region] of PATTERN_ZONES) {
    const name = format(zone);
    const country = countries.of(region) ?? region;
    const at = name.indexOf(country);
    if (at >= 0) {
      wrap = [name.slice(0, at), name.slice(at + country.length)];
      break;
    }
  }
  if (!wrap) return index;
  const [before, after] = wrap;
  for (const zone of zones) {
    const name = format(zone);
    if (!name.startsWith(before) || !name.endsWith(after) || name.length <= before.length + after.length) continue;
    const place = name.slice(before.length, name.length - after.length);
    // Abbreviations ("MEZ", "GMT+3") are not places.
    if (/^(?:GMT|UTC)|^[A-Z]{2,5}$/u.test(place)) continue;
    const key = cityKey(place);
    if (key && !index.has(key)) index.set(key, zone);
  }
  return index;
}

/**
 * ICU lists a renamed city under its old name (Asia/Saigon, Europe/Kiev), and knows the new one only
 * as an alias: a city missing from the list is tried as `<area>/<City_Name>` in every area ICU uses.
 */
function cityZone(s: string, locale: string | undefined): string | undefined {
  const index = cityIndex();
  const key = cityKey(s);
  if (!key) return undefined;
  const listed = index.get(key) ?? placeIn(key, locale);
  if (listed) return listed;
  const words = s.normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}]+/u).filter(Boolean);
  // Last, a big city as the 15 languages write it ("東京", "Roma", "서울"): see timezone-cities.ts.
  if (words.length === 0 || words.length > MAX_CITY_WORDS || words.join('').length !== key.length) return cityZoneByName(s);
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('_');
  for (const area of areas ?? []) {
    const zone = canonicalTimeZone(`${area}/${name}`);
    if (zone) return zone;
  }
  return cityZoneByName(s);
}

/** Whether `zone` has a different offset in January and July of the year of `at`. */
export function observesSummerTime(zone: string, at: Date = new Date()): boolean {
  const year = at.getUTCFullYear();
  return offsetMinutesAt(new Date(Date.UTC(year, 0, 1)), zone) !== offsetMinutesAt(new Date(Date.UTC(year, 6, 1)), zone);
}

/** `UTC+7`, `UTC+5:30`, `UTC-3`, `UTC`. */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

/** How a shopper reads a zone: `Jakarta (UTC+7)`, `Sao Paulo (UTC-3)`; an offset-only zone as its offset (`UTC+7`). */
export function timeZoneLabel(zone: string, at: Date = new Date()): string {
  const offset = formatUtcOffset(offsetMinutesAt(at, zone));
  const city = zone.includes('/') && !zone.startsWith('Etc/') ? zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ') : undefined;
  return city ? `${city} (${offset})` : offset;
}

/**
 * The clock a language points to when (nearly) everyone who writes it keeps that one: Chinese (the mainland,
 * Taiwan, Hong Kong, Singapore and Malaysia are all on UTC+8), Japanese, Korean, Thai, Vietnamese, Turkish,
 * German (Germany, Austria, Switzerland) and Italian. English, Spanish, Portuguese, French, Arabic, Russian and
 * Indonesian are written on many clocks (Indonesia alone keeps three): they point to none.
 */
const LANGUAGE_ZONES: Readonly<Record<string, string>> = {
  zh: 'Asia/Shanghai', ja: 'Asia/Tokyo', ko: 'Asia/Seoul', th: 'Asia/Bangkok', vi: 'Asia/Ho_Chi_Minh', tr: 'Europe/Istanbul',
  de: 'Europe/Berlin', it: 'Europe/Rome',
};

/** The zone a shopper writing `locale` most likely lives in (`ja` → Asia/Tokyo), or undefined when the language is spoken on several clocks. */
export function languageTimeZone(locale: string): string | undefined {
  return LANGUAGE_ZONES[locale.split('-')[0]!.toLowerCase()];
}

type ChatFormat = 'day' | 'date' | 'clock';

const CHAT_DEFAULTS: Readonly<Record<ChatFormat, Intl.DateTimeFormatOptions>> = {
  day: { weekday: 'short', month: 'short', day: 'numeric' },
  date: { dateStyle: 'medium' },
  clock: { weekday: 'short', hour: 'numeric', minute: '2-digit' },
};
const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };
const LONG_MONTH: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'long', day: 'numeric' };
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

/**
 * Where CLDR's short forms are not what a native writes in a chat, by language: "28 Kas Cmt" is "28 Kasım
 * Cumartesi", "28 thg 11" is "28/11", "sáb., 28 de nov." is "sábado, 28 de novembro", "сб, 28 нояб." is "сб, 28
 * ноября", and Korean's clock reads "13:05", not "PM 1:05". Dates with a year are written out where the medium
 * form abbreviates the month ("28 Kas 2026" → "28 Kasım 2026").
 */
const CHAT_FORMATS: Readonly<Record<string, Partial<Record<ChatFormat, Intl.DateTimeFormatOptions>>>> = {
  ja: { date: LONG_DATE },
  ko: { date: LONG_DATE, clock: { weekday: 'short', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' } },
  es: { day: LONG_MONTH, date: LONG_DATE },
  fr: { day: LONG_DAY, date: LONG_DATE },
  de: { day: LONG_MONTH },
  ru: { day: LONG_MONTH, date: LONG_DATE },
  pt: { day: LONG_DAY, date: LONG_DATE },
  it: { day: LONG_DAY, date: LONG_DATE },
  vi: { day: { weekday: 'short', month: 'numeric', day: 'numeric' }, date: { day: '2-digit', month: '2-digit', year: 'numeric' } },
  id: { day: LONG_DAY, date: LONG_DATE, clock: { weekday: 'long', hour: 'numeric', minute: '2-digit' } },
  ar: { date: LONG_DATE },
  tr: { day: LONG_DAY, date: LONG_DATE, clock: { weekday: 'long', hour: 'numeric', minute: '2-digit' } },
};

const chatFormatters = new Map<string, Intl.DateTimeFormat>();

function chatFormatter(kind: ChatFormat, locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${locale} ${timeZone}`;
  let f = chatFormatters.get(key);
  if (!f) {
    const options = CHAT_FORMATS[locale.split('-')[0]!]?.[kind] ?? CHAT_DEFAULTS[kind];
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    if (chatFormatters.size >= MAX_CACHED) chatFormatters.clear();
    chatFormatters.set(key, f);
  }
  return f;
}

/** A day with its weekday, short and without the year, as `locale` writes it in a chat: "Sat, Nov 28", "11月28日周六", "28 Kasım Cumartesi". */
export function formatDay(date: Date, locale: string, timeZone = 'UTC'): string {
  return chatFormatter('day', locale, timeZone).format(date);
}

/** A date with its year, as `locale` writes it in a chat: "Nov 28, 2026", "2026年11月28日", "28 Kasım 2026", "28/11/2026". */
export function formatDate(date: Date, locale: string, timeZone = 'UTC'): string {
  return chatFormatter('date', locale, timeZone).format(date);
}

/** The weekday and time of day in `zone`, as `locale` writes them ("Tue 2:05 PM", "周二14:05", "Salı 14:05"). */
export function localClock(zone: string, locale: string, at: Date = new Date()): string {
  return chatFormatter('clock', locale, zone).format(at);
}
