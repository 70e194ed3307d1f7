/**
 * Sizes and counts in a search: "do you have running shoes in size 42?", "42码的跑鞋有吗", "hoodie in XL", "2 phone cases".
 *
 * `shop.sizes` checks the size asked (core/nlu/entities-size.ts) against the sizes of the products of the kind the
 * message names (`sizes: EU 38-46`, `sizes: S-XXL`, `waist_in: 28-38`): those that come in it, or that none does and
 * which sizes there are. A shoe size in another system than the shop's is converted, roughly, and said both ways
 * ("US 9 is about EU 42"); a bare number is read in the shop's system and said with it ("EU 42"), so the shopper
 * knows which one the shop uses. `shop.count` reads how many of a product a search asks for ("2 phone cases").
 */
import type { ActionRegistry } from '../flow/actions.js';
import { askedSize, type AskedSize, type SizeSystem } from '../nlu/entities-size.js';
import { countBefore } from '../nlu/entities-quantity.js';
import { letterSize } from '../nlu/entities-attribute.js';
import { localize, type LocalProduct } from './actions.js';
import { hasKindWord, kindClosure, saidKind } from './kinds.js';
import type { Product, Shop } from './types.js';

/** What `shop.sizes` returns; `asked: false` when no size is asked or no product of the kind lists sizes to check. */
export interface SizeAnswer {
  asked: boolean;
  /** The size asked, as the shop writes it: "EU 42", "XL", "US 9". */
  size: string;
  /** The size in the shop's system when asked in another ("EU 42" for "US 9"), else ''. */
  converted: string;
  /** Products of the kind that come in the size. */
  fits: LocalProduct[];
  /** Products of the kind that do not. */
  others: LocalProduct[];
  /** The sizes the kind comes in: "EU 38–46", "S–XXL". */
  sizes: string;
}

const NONE: SizeAnswer = { asked: false, size: '', converted: '', fits: [], others: [], sizes: '' };

/** A range of sizes as a catalog writes it: "EU 36-45", "S-XXL", "28-38". */
interface SizeRange {
  system: 'eu' | 'us' | 'uk' | '';
  lo: number;
  hi: number;
  letters: boolean;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const ids = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).map(str).filter(Boolean);

/** Keys that hold the sizes a product comes in. */
const SIZE_KEYS = /^(?:sizes?|shoe_sizes?|waist(?:_in)?|sizes?_(?:eu|us|uk))$/;

export function sizeRange(value: unknown): SizeRange | undefined {
  if (typeof value !== 'string') return undefined;
  const numeric = /^(?:(eu|us|uk)\s*)?(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)$/i.exec(value.trim());
  if (numeric) {
    const system = (numeric[1]?.toLowerCase() ?? '') as SizeRange['system'];
    return { system, lo: Number(numeric[2]!.replace(',', '.')), hi: Number(numeric[3]!.replace(',', '.')), letters: false };
  }
  const letters = /^(\w{1,4})\s*[-–]\s*(\w{1,4})$/.exec(value.trim());
  const [lo, hi] = letters ? [letterSize(letters[1]!), letterSize(letters[2]!)] : [-1, -1];
  return lo >= 0 && hi >= lo ? { system: '', lo, hi, letters: true } : undefined;
}

/** The product's sizes, from the first key that lists a range. */
function rangeOf(p: Product): SizeRange | undefined {
  for (const [key, value] of Object.entries(p.attributes)) {
    const unit = /_(eu|us|uk)$/.exec(key)?.[1] as SizeRange['system'] | undefined;
    const r = SIZE_KEYS.test(key) ? sizeRange(value) : undefined;
    if (r) return unit && !r.system ? { ...r, system: unit } : r;
  }
  return undefined;
}

/**
 * A shoe size in EU sizes, roughly (men's and unisex tables): US + 33, UK + 34, a foot length of c cm 1.5 c + 2.5.
 * Good enough to tell whether a size is stocked; the reply says "about".
 */
function toEu(value: number, system: SizeSystem): number {
  switch (system) {
    case 'eu': return value;
    case 'us': return value + 33;
    case 'uk': return value + 34;
    case 'cm': return 1.5 * value + 2.5;
    case 'mm': return 0.15 * value + 2.5;
    default: {
      const never: never = system;
      return never;
    }
  }
}

/** The size asked in the range's terms: its value there, and the system it was converted from (null when none). */
function inRange(asked: AskedSize, r: SizeRange): { value: number; from: SizeSystem | null } | undefined {
  if (r.letters || asked.kind === 'letter') {
    return r.letters && asked.kind === 'letter' ? { value: letterSize(asked.letter), from: null } : undefined;
  }
  const { value } = asked;
  // A plain range (a waist in inches): only a plain number is compared.
  if (!r.system) return asked.system ? undefined : { value, from: null };
  const plausible = value >= r.lo * 0.75 && value <= r.hi * 1.25;
  const system = asked.system ?? (plausible ? r.system : value >= 3 && value <= 16 ? 'us' : value >= 20 && value <= 32 ? 'cm' : null);
  if (!system) return undefined;
  if (system === r.system) return { value, from: null };
  // Ranges in US or UK sizes compare in EU sizes too.
  const eu = toEu(value, system);
  return { value: r.system === 'eu' ? eu : eu - (r.system === 'us' ? 33 : 34), from: system };
}

const SYSTEM_LABEL: Record<SizeSystem, string> = { eu: 'EU', us: 'US', uk: 'UK', cm: 'cm', mm: 'mm' };

function label(value: number, system: SizeSystem | '' | null, locale: string): string {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (!system) return n;
  return system === 'cm' || system === 'mm' ? `${n} ${SYSTEM_LABEL[system]}` : `${SYSTEM_LABEL[system]} ${n}`;
}

/** The sizes of the products checked, one range per system: "EU 35–46", "S–XXL". */
function rangesText(ranges: readonly SizeRange[], locale: string): string {
  const letters = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL'];
  const groups = new Map<string, SizeRange[]>();
  for (const r of ranges) groups.set(r.letters ? 'letters' : r.system, [...(groups.get(r.letters ? 'letters' : r.system) ?? []), r]);
  return [...groups.entries()].map(([system, rs]) => {
    const lo = Math.min(...rs.map((r) => r.lo));
    const hi = Math.max(...rs.map((r) => r.hi));
    if (system === 'letters') return `${letters[lo]}–${letters[hi]}`;
    const fmt = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
    return `${system ? `${system.toUpperCase()} ` : ''}${fmt(lo)}–${fmt(hi)}`;
  }).join(', ');
}

/**
 * The products a size is checked on: those of the seeds' kind with the kind word said, when two or more have it
 * ("running shoes": both running shoes, not every sneaker), else the products the message names (in stock).
 */
async function kindOf(shop: Shop, seeds: Product[], text: string, locale: string, signal: AbortSignal): Promise<Product[]> {
  const categories = [...new Set(seeds.map((s) => s.category))];
  const pool = (await Promise.all(categories.map((category) => shop.recommend({ category, limit: 200 }, signal)))).flat();
  const said = saidKind(seeds, text, locale);
  const named = said ? kindClosure(seeds, pool).filter((p) => hasKindWord(p, said, locale)) : [];
  return named.length >= 2 ? named : seeds.filter((s) => s.stock > 0);
}

async function sizes(shop: Shop, a: Record<string, unknown>, locale: string, signal: AbortSignal): Promise<SizeAnswer> {
  const text = str(a.query);
  const asked = askedSize(text, locale);
  const wanted = [...new Set([...ids(a.products), ...ids(a.product)])];
  if (!asked || wanted.length === 0) return NONE;
  const seeds = (await Promise.all(wanted.map((id) => shop.getProduct(id, signal)))).filter((p): p is Product => p !== null);
  const checked = (await kindOf(shop, seeds, text, locale, signal)).flatMap((p) => {
    const r = rangeOf(p);
    const v = r && inRange(asked, r);
    return r && v ? [{ p, r, v, fits: v.value >= r.lo - 0.25 && v.value <= r.hi + 0.25 }] : [];
  });
  const first = checked[0];
  if (!first) return NONE;
  const shown = (list: typeof checked) => list.map((c) => localize(c.p, locale));
  const from = first.v.from;
  const size = asked.kind === 'letter' ? asked.letter : label(asked.value, from ?? (first.r.system || null), locale);
  return {
    asked: true, size,
    converted: from && asked.kind === 'number' ? label(Math.round(first.v.value), first.r.system || null, locale) : '',
    fits: shown(checked.filter((c) => c.fits)), others: shown(checked.filter((c) => !c.fits)),
    sizes: rangesText(checked.map((c) => c.r), locale),
  };
}

/** The words of products' names and keywords in `locale` (and English), and the numbers of their names. */
function productWords(products: readonly Product[], locale: string): { nouns: Set<string>; numbers: Set<string> } {
  const words = (s: string) => [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(s.toLowerCase())].filter((w) => w.isWordLike).map((w) => w.segment);
  const names = products.flatMap((p) => [p.name[locale], p.name.en].filter((n): n is string => !!n).flatMap(words));
  const keywords = products.flatMap((p) => [...(p.keywords[locale] ?? []), ...(p.keywords.en ?? [])].flatMap(words));
  return { nouns: new Set([...names, ...keywords]), numbers: new Set(names.filter((w) => /^\d+$/.test(w))) };
}

/**
 * Registers `shop.sizes { query, product, products }` → SizeAnswer, and `shop.count { query, quantity, products }` →
 * how many the search asks for (the quantity entity, else a number right before the products' words; 1 when none).
 */
export function registerSizeSearchActions(registry: ActionRegistry, shop: Shop): void {
  registry.register('shop.sizes', (a, ctx) => sizes(shop, a, ctx.locale, ctx.signal));
  registry.register('shop.count', async (a, ctx) => {
    const given = Math.floor(Number(a.quantity));
    if (given > 1) return given;
    const products = (await Promise.all(ids(a.products).map((id) => shop.getProduct(id, ctx.signal)))).filter((p): p is Product => p !== null);
    if (products.length === 0) return 1;
    const { nouns, numbers } = productWords(products, ctx.locale);
    return countBefore(str(a.query), ctx.locale, nouns, numbers) ?? 1;
  });
}
