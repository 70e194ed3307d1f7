/**
 * Product mentions matched against the catalog: per-locale names and keywords, tolerant of typos,
 * partial names, suffixes and CJK/Thai text without spaces.
 *
 * Text is cut into units: words (fuzzy-matched) for scripts written with spaces, character bigrams
 * (exact) for Han, kana, Hangul and Thai. A term's score is the IDF-weighted share of its units the
 * message contains, so "aurora earbuds" finds "Aurora Wireless Earbuds Pro" but "pro" alone does not.
 */
import { baseLanguage } from './langid.js';
import { damerauLevenshtein, segmentUnits, spellingGrams, type Unit } from './entities-product-units.js';

export interface CatalogProduct {
  id: string;
  /** Locale → display name. */
  name: Record<string, string>;
  /** Locale → other words shoppers use for it. */
  keywords?: Record<string, string[]> | undefined;
}

export interface ProductMatch {
  productId: string;
  /** In (0, 1]: 1 for the exact name. */
  score: number;
  start: number;
  end: number;
}

export interface ProductMatchOptions {
  /** Matches below this are dropped. Default 0.6. */
  minScore?: number | undefined;
  /** At most this many products. Default 5. */
  limit?: number | undefined;
}

interface Term {
  productId: string;
  units: string[];
  weights: number[];
  /** Keywords and fallback-language names count a little less than the locale's own name. */
  factor: number;
  length: number;
}

/** Language used when the shopper's locale has no name for a product: brand names are often English. */
const FALLBACK_LANG = 'en';
const KEYWORD_FACTOR = 0.95;
const FALLBACK_FACTOR = 0.9;
const MIN_WORD_SIM = 0.75;

/** An index over a catalog, per language. Build once per catalog version; `match` is read-only. */
export class ProductIndex {
  private readonly terms = new Map<string, Term[]>();
  private readonly byUnit = new Map<string, Map<string, number[]>>();
  private readonly byGram = new Map<string, Map<string, Set<string>>>();

  constructor(readonly products: readonly CatalogProduct[]) {
    const raw = new Map<string, { productId: string; text: string; factor: number }[]>();
    for (const p of products) {
      for (const [locale, name] of Object.entries(p.name)) addRaw(raw, baseLanguage(locale), { productId: p.id, text: name, factor: 1 });
      for (const [locale, words] of Object.entries(p.keywords ?? {})) {
        for (const w of words) addRaw(raw, baseLanguage(locale), { productId: p.id, text: w, factor: KEYWORD_FACTOR });
      }
    }
    for (const [lang, entries] of raw) this.indexLanguage(lang, entries);
  }

  private indexLanguage(lang: string, entries: { productId: string; text: string; factor: number }[]): void {
    const unitLists = entries.map((e) => [...new Set(segmentUnits(e.text).map((u) => u.key))]);
    const df = new Map<string, Set<string>>();
    unitLists.forEach((units, i) => units.forEach((u) => addToSet(df, u, entries[i]?.productId ?? '')));
    const n = new Set(entries.map((e) => e.productId)).size;
    const idf = (u: string) => Math.log(1 + n / (df.get(u)?.size ?? 1));
    const terms: Term[] = [];
    const byUnit = new Map<string, number[]>();
    const byGram = new Map<string, Set<string>>();
    entries.forEach((e, i) => {
      const units = unitLists[i] ?? [];
      if (units.length === 0) return;
      units.forEach((u) => {
        const list = byUnit.get(u) ?? [];
        list.push(terms.length);
        byUnit.set(u, list);
        if (!u.startsWith('#')) for (const g of spellingGrams(u)) addToSet(byGram, g, u);
      });
      terms.push({ productId: e.productId, units, weights: units.map(idf), factor: e.factor, length: e.text.length });
    });
    this.terms.set(lang, terms);
    this.byUnit.set(lang, byUnit);
    this.byGram.set(lang, byGram);
  }

  /** Products mentioned in `text`, best first. */
  match(text: string, locale: string, options: ProductMatchOptions = {}): ProductMatch[] {
    const lang = baseLanguage(locale);
    const units = segmentUnits(text);
    const best = new Map<string, ProductMatch>();
    const searches: [string, number][] = [[lang, 1]];
    if (lang !== FALLBACK_LANG) searches.push([FALLBACK_LANG, FALLBACK_FACTOR]);
    for (const [l, factor] of searches) {
      for (const m of this.matchLanguage(l, units, text.length)) {
        const scored = { ...m, score: round(Math.min(1, m.score * factor)) };
        const prev = best.get(m.productId);
        if (!prev) best.set(m.productId, scored);
        else best.set(m.productId, mergeMentions(prev, scored));
      }
    }
    const minScore = options.minScore ?? 0.6;
    const sorted = [...best.values()].filter((m) => m.score >= minScore).sort((a, b) => b.score - a.score);
    const top = sorted[0]?.score ?? 0;
    return sorted.filter((m) => m.score >= top - 0.25).slice(0, options.limit ?? 5);
  }

  private matchLanguage(lang: string, units: Unit[], textLength: number): ProductMatch[] {
    const terms = this.terms.get(lang);
    const byUnit = this.byUnit.get(lang);
    if (!terms || !byUnit) return [];
    const hits = this.unitHits(lang, units);
    const touched = new Set<number>();
    for (const key of hits.keys()) for (const t of byUnit.get(key) ?? []) touched.add(t);
    const out: ProductMatch[] = [];
    for (const ti of touched) {
      const term = terms[ti];
      if (!term) continue;
      let got = 0;
      let total = 0;
      let matched = 0;
      let start = textLength;
      let end = 0;
      term.units.forEach((u, i) => {
        const w = term.weights[i] ?? 0;
        total += w;
        const h = hits.get(u);
        if (!h) return;
        got += w * h.sim;
        matched++;
        start = Math.min(start, h.start);
        end = Math.max(end, h.end);
      });
      if (got === 0 || total === 0) continue;
      // Two or more units of a name are a partial mention ("aurora earbuds"); one unit of a
      // longer name ("phone" of "Phone Case") is not enough on its own.
      const coverage = matched >= 2 ? Math.sqrt(got / total) : got / total;
      // A term's units scattered over a long message are not a mention of it.
      const spread = end - start > 2 * term.length + 8 ? 0.7 : 1;
      out.push({ productId: term.productId, score: coverage * term.factor * spread, start, end });
    }
    return out;
  }

  /** For each indexed unit the message (nearly) contains: how close, and where. */
  private unitHits(lang: string, units: Unit[]): Map<string, { sim: number; start: number; end: number }> {
    const byUnit = this.byUnit.get(lang) ?? new Map<string, number[]>();
    const byGram = this.byGram.get(lang) ?? new Map<string, Set<string>>();
    const hits = new Map<string, { sim: number; start: number; end: number }>();
    const record = (key: string, sim: number, u: Unit) => {
      const prev = hits.get(key);
      if (!prev || sim > prev.sim) hits.set(key, { sim, start: u.start, end: u.end });
    };
    for (const u of units) {
      if (byUnit.has(u.key)) record(u.key, 1, u);
      if (u.key.startsWith('#') || u.key.length < 4) continue;
      const shared = new Map<string, number>();
      for (const g of spellingGrams(u.key)) for (const w of byGram.get(g) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
      for (const [w, count] of shared) {
        if (count < 2) continue;
        const sim = wordSimilarity(u.key, w);
        if (sim >= MIN_WORD_SIM) record(w, sim, u);
      }
    }
    return hits;
  }
}

/** Best score of two matches of one product; the span grows when they touch ("aurora" + "earbuds"). */
function mergeMentions(a: ProductMatch, b: ProductMatch): ProductMatch {
  const [hi, lo] = a.score >= b.score ? [a, b] : [b, a];
  const touching = lo.start <= hi.end + 2 && hi.start <= lo.end + 2;
  return touching && lo.score >= 0.5 ? { ...hi, start: Math.min(hi.start, lo.start), end: Math.max(hi.end, lo.end) } : hi;
}

/** Builds the index the entity extractor matches product names with. */
export function buildProductIndex(products: readonly CatalogProduct[]): ProductIndex {
  return new ProductIndex(products);
}

/** 1 for equal words; 0.9 when one is the other plus a suffix; less per typo; 0 when unrelated. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const suffix = long.length - short.length;
  if (short.length >= 3 && long.startsWith(short) && (suffix <= 2 || short.length / long.length >= 0.6)) return 0.9;
  if (short.length < 4 || /\d/.test(a) || /\d/.test(b)) return 0;
  const allowed = long.length >= 8 ? 2 : 1;
  const d = damerauLevenshtein(a, b, allowed);
  return d > allowed ? 0 : 1 - d / (long.length + 2);
}

function addRaw<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function addToSet<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key) ?? new Set<T>();
  set.add(value);
  map.set(key, set);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

