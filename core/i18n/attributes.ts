/**
 * Product attributes in the shopper's language: `{ weight_g: 250, noise_cancelling: true, color: 'black' }`
 * → "Weight: 250 g · Noise cancelling: yes · Colour: black", with names and common values from
 * locales/<lng>/attributes.json (`keys.*`, `values.*`, `yes`, `no`, `pair`). A key the locale files do
 * not know still reads sensibly: humanized, its value as the catalog gives it.
 */

/** Text of `attributes.<path>` in one locale, or undefined when the locale files lack it. */
export type AttributeWords = (path: string, vars?: Record<string, string>) => string | undefined;

/** Key suffixes Intl can name and pluralize in every locale (`battery_hours: 30` → "30 hours", "30 小时"). */
const INTL_UNITS: Readonly<Record<string, string>> = {
  mg: 'milligram', g: 'gram', kg: 'kilogram', oz: 'ounce', lb: 'pound',
  ml: 'milliliter', l: 'liter', mm: 'millimeter', cm: 'centimeter', m: 'meter', km: 'kilometer', in: 'inch', ft: 'foot',
  deg: 'degree', pct: 'percent', gb: 'gigabyte', mb: 'megabyte', tb: 'terabyte',
  s: 'second', sec: 'second', min: 'minute', mins: 'minute', minutes: 'minute', h: 'hour', hrs: 'hour', hours: 'hour',
  days: 'day', weeks: 'week', months: 'month', years: 'year',
};
/** Units Intl does not have, written as their international symbols in every language. */
const SYMBOL_UNITS: Readonly<Record<string, string>> = { w: 'W', kw: 'kW', wh: 'Wh', mah: 'mAh', v: 'V', hz: 'Hz', db: 'dB', dpi: 'dpi' };
/** Durations read best spelt out ("30 hours", "30 Stunden"); short forms end in "." in several locales ("30 Std."). */
const LONG_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

const SEPARATOR = ' · ';

interface Unit {
  base: string;
  suffix: string;
}

/** `weight_g` → `{ base: 'weight', suffix: 'g' }`; a key without a known unit suffix has none. */
export function splitUnit(key: string): Unit | undefined {
  const m = /^(.+?)_([a-z]+)$/.exec(key.toLowerCase());
  if (!m || !(m[2]! in INTL_UNITS || m[2]! in SYMBOL_UNITS)) return undefined;
  return { base: m[1]!, suffix: m[2]! };
}

/** `water_resistant`, `batteryLife` → "Water resistant", "Battery life". */
export function humanizeKey(key: string): string {
  const words = key.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/[_\-\s]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How a catalog value is looked up in `values.*`: "Matte Black" → `matte_black`, "6.1-inch phones" → `6_1_inch_phones`. */
export function valueSlug(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '');
}

function numberWithUnit(n: number, suffix: string, locale: string): string {
  const digits = { maximumFractionDigits: 2 };
  const symbol = SYMBOL_UNITS[suffix];
  if (symbol) return `${new Intl.NumberFormat(locale, digits).format(n)} ${symbol}`;
  const unit = INTL_UNITS[suffix]!;
  const unitDisplay = unit === 'degree' ? 'narrow' : LONG_UNITS.has(unit) ? 'long' : 'short';
  return new Intl.NumberFormat(locale, { ...digits, style: 'unit', unit, unitDisplay }).format(n);
}

/** A range or size given as text ("28-38", "183x61") with its unit: the unit as Intl writes it for a plural amount. */
function textWithUnit(text: string, suffix: string, locale: string): string {
  const symbol = SYMBOL_UNITS[suffix];
  if (symbol) return `${text} ${symbol}`;
  const unit = INTL_UNITS[suffix]!;
  const numeric = new Set(['integer', 'decimal', 'fraction', 'group', 'plusSign', 'minusSign']);
  const parts = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'degree' ? 'narrow' : 'short' }).formatToParts(10);
  if (!parts.some((p) => numeric.has(p.type))) return `${text} ${parts.map((p) => p.value).join('').trim()}`;
  let placed = false;
  return parts.map((p) => {
    if (!numeric.has(p.type)) return p.value;
    if (placed) return '';
    placed = true;
    return text;
  }).join('');
}

function formatValue(value: unknown, unit: Unit | undefined, locale: string, words: AttributeWords): string {
  if (typeof value === 'boolean') return words(value ? 'yes' : 'no') ?? (value ? '✓' : '✗');
  if (typeof value === 'number') {
    return unit ? numberWithUnit(value, unit.suffix, locale) : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
  const text = typeof value === 'string' ? value.trim() : JSON.stringify(value) ?? '';
  if (unit && /^\d+(\.\d+)?$/.test(text)) return numberWithUnit(Number(text), unit.suffix, locale);
  if (unit) return textWithUnit(text, unit.suffix, locale);
  const slug = valueSlug(text);
  return (slug && words(`values.${slug}`)) || text;
}

function formatAttribute(key: string, value: unknown, locale: string, words: AttributeWords): string {
  const unit = splitUnit(key);
  const id = valueSlug(key);
  const name = words(`keys.${id}`) ?? (unit && words(`keys.${unit.base}`)) ?? humanizeKey(unit ? unit.base : key);
  const shown = formatValue(value, unit, locale, words);
  return words('pair', { name, value: shown }) ?? `${name}: ${shown}`;
}

/** "Name: value · Name: value", in the order the catalog lists them; empty values are left out. */
export function formatAttributes(values: Readonly<Record<string, unknown>>, locale: string, words: AttributeWords): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => formatAttribute(k, v, locale, words))
    .join(SEPARATOR);
}
