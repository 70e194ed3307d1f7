/**
 * Product mentions matched against the catalog: per-locale names and keywords, tolerant of typos,
 * partial names, suffixes and CJK/Thai text without spaces.
 *
 * Text is cut into units (entities-product-units.ts): words, fuzzy-matched (entities-product-words.ts),
 * and character bigrams of unspaced scripts, exact. A term's score is the IDF-weighted share of its units
 * the message contains, so "aurora earbuds" finds "Aurora Wireless Earbuds Pro"; function words are no
 * units of a term (entities-product-lang.ts). A term counts only if the message contains its head noun,
 * and then its head alone scores its weight's share of the term (entities-product-head.ts); kana, Thai
 * and Vietnamese fragments count only next to their neighbours (entities-product-fragments.ts), and
 * unspaced text only as words of the message and of the term (リップ is not the end of ドリップ:
 * entities-product-bounds.ts). Inside a phrase the catalog `excludes` for a product ("wie viel uhr"), its
 * words do not name it. The index is built in entities-product-build.ts.
 */
import { MessageWords, unitsStandingAlone, type DenseRun } from './entities-product-bounds.js';
import { buildSteps, type CatalogProduct, type Exclusion, type IndexData, type Term } from './entities-product-build.js';
import { chainedIn, sameTones } from './entities-product-fragments.js';
import { isFunctionWord, isGrammarWord } from './entities-product-lang.js';
import { hasMarks, isDense, markedForm, segmentUnits, type Unit } from './entities-product-units.js';
import { nearSpellings } from './entities-product-words.js';
import { baseLanguage } from './langid.js';
import { addToList } from '../util/maps.js';

export { wordSimilarity } from './entities-product-words.js';
export type { CatalogProduct } from './entities-product-build.js';

const emptyIndexData = (): IndexData => ({
  terms: new Map(), byUnit: new Map(), byGram: new Map(), marked: new Map(), excludes: new Map(), words: new Map(),
});


export interface ProductMatch {
  productId: string;
  /** In (0, 1]: 1 for the exact name. */
  score: number;
  start: number;
  end: number;
  /** Words of the message found in any name or keyword of the product (see `match`). */
  words: number;
}

/** A match with the message words its product's names and keywords hold: bit i for the i-th unit of the message (the first 31). */
type Evidenced = ProductMatch & { evidence: number };

export interface ProductMatchOptions {
  /** Matches below this are dropped. Default 0.6. */
  minScore?: number | undefined;
  /** At most this many products. Default 5. */
  limit?: number | undefined;
}

interface Span {
  start: number;
  end: number;
}

/** An indexed unit the message (nearly) contains: how close, and where. */
interface Hit {
  sim: number;
  start: number;
  end: number;
}

/** What a message holds of the index: its hits, and the positions of the message units that matched each. */
interface MessageHits {
  hits: Map<string, Hit>;
  at: Map<string, number[]>;
  /** The message's units, without function words. */
  units: Unit[];
  text: string;
  /** The message's words, for unspaced text (entities-product-bounds.ts). */
  words: MessageWords;
  /** What unitsStandingAlone found for a term's runs (terms of one text share them). */
  alone: Map<readonly DenseRun[], Set<string>>;
}

/** Language used when the shopper's locale has no name for a product: brand names are often English. */
const FALLBACK_LANG = 'en';
const FALLBACK_FACTOR = 0.9;
/** An index over a catalog, per language. Build once per catalog version; `match` is read-only. */
export class ProductIndex {
  private readonly terms: Map<string, Term[]>;
  private readonly byUnit: Map<string, Map<string, number[]>>;
  private readonly byGram: Map<string, Map<string, Set<string>>>;
  private readonly marked: Map<string, Map<string, Set<string>>>;
  private readonly excludes: Map<string, Map<string, Exclusion[]>>;
  private readonly words: Map<string, Set<string>>;

  /** Builds the index at once (or takes one {@link ProductIndex.buildAsync} built a slice at a time). */
  constructor(readonly products: readonly CatalogProduct[], data?: IndexData) {
    if (!data) {
      data = emptyIndexData();
      for (const _ of buildSteps(products, data));
    }
    ({ terms: this.terms, byUnit: this.byUnit, byGram: this.byGram, marked: this.marked, excludes: this.excludes, words: this.words } = data);
  }

  /** The same index, built in slices of about `sliceMs` with the event loop free in between. */
  static async buildAsync(products: readonly CatalogProduct[], sliceMs: number): Promise<ProductIndex> {
    const data = emptyIndexData();
    let sliceStart = performance.now();
    let n = 0;
    for (const _ of buildSteps(products, data)) {
      if (++n % 16 !== 0 || performance.now() - sliceStart < sliceMs) continue;
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
    return new ProductIndex(products, data);
  }

  /** Products mentioned in `text`, best first. */
  match(text: string, locale: string, options: ProductMatchOptions = {}): ProductMatch[] {
    const lang = baseLanguage(locale);
    const units = segmentUnits(text);
    const best = new Map<string, Evidenced>();
    const searches: [string, number][] = [[lang, 1]];
    if (lang !== FALLBACK_LANG) searches.push([FALLBACK_LANG, FALLBACK_FACTOR]);
    const excluded = this.excludedSpans(searches.map(([l]) => l), units);
    for (const [l, factor] of searches) {
      for (const m of this.matchLanguage(l, units, text, excluded)) {
        const scored = { ...m, score: round(Math.min(1, m.score * factor)) };
        const prev = best.get(m.productId);
        if (!prev) best.set(m.productId, scored);
        else best.set(m.productId, { ...mergeMentions(prev, scored), evidence: prev.evidence | m.evidence });
      }
    }
    const minScore = options.minScore ?? 0.6;
    const sorted = [...best.values()]
      .filter((m) => m.score >= minScore)
      .map((m) => Object.assign(m, { words: bits(m.evidence) }))
      .sort((a, b) => b.score - a.score || b.words - a.words);
    const top = sorted[0]?.score ?? 0;
    return explainingFirst(sorted.filter((m) => m.score >= top - 0.25))
      .slice(0, options.limit ?? 5)
      .map(({ evidence: _evidence, ...m }) => m);
  }

  /**
   * Where the message holds a phrase in which a product's words do not name it ("um wie viel uhr":
   * the time, not the watch): product id → spans.
   */
  private excludedSpans(langs: readonly string[], units: readonly Unit[]): Map<string, Span[]> {
    const spans = new Map<string, Span[]>();
    for (const lang of langs) {
      const byAnchor = this.excludes.get(lang);
      if (!byAnchor) continue;
      units.forEach((u, p) => {
        for (const { productId, keys, anchor } of anchoredAt(byAnchor, u.key)) {
          const i = p - anchor;
          if (i < 0 || i + keys.length > units.length || !keys.every((k, j) => k === null || startsLike(units[i + j]?.key ?? '', k))) continue;
          addToList(spans, productId, { start: units[i]?.start ?? 0, end: units[i + keys.length - 1]?.end ?? 0 });
        }
      });
    }
    return spans;
  }

  private matchLanguage(lang: string, all: Unit[], text: string, excluded: Map<string, Span[]>): Evidenced[] {
    const terms = this.terms.get(lang);
    const byUnit = this.byUnit.get(lang);
    if (!terms || !byUnit) return [];
    // Function words are in no term; without them, "tai nghe có dây" has "nghe" next to "dây" as its term does.
    const units = all.filter((u) => !isFunctionWord(lang, u.key, text.slice(u.start, u.end)));
    const message = this.unitHits(lang, units, text);
    const touched = new Set<number>();
    for (const key of message.hits.keys()) for (const t of byUnit.get(key) ?? []) touched.add(t);
    const out: Evidenced[] = [];
    const evidence = new Map<string, number>();
    // Each message unit's bit (its place among all the message's units); none for grammar words.
    const place = new Map(all.map((u, i) => [u.start, i < 31 ? 1 << i : 0]));
    const unitBits = units.map((u) => (isGrammarWord(lang, u.key, text.slice(u.start, u.end)) ? 0 : (place.get(u.start) ?? 0)));
    for (const ti of touched) {
      const term = terms[ti];
      if (!term) continue;
      const m = scoreTerm(term, message);
      if (m && !excluded.get(m.productId)?.some((s) => s.start <= m.start && m.end <= s.end)) out.push(m);
      let ev = evidence.get(term.productId) ?? 0;
      for (const u of term.units) for (const p of message.at.get(u) ?? []) ev |= unitBits[p] ?? 0;
      evidence.set(term.productId, ev);
    }
    for (const m of out) m.evidence = evidence.get(m.productId) ?? 0;
    return out;
  }

  /** The indexed units the message (nearly) contains, and the positions in `units` of the message units that matched each. */
  private unitHits(lang: string, units: Unit[], text: string): MessageHits {
    const byUnit = this.byUnit.get(lang) ?? new Map<string, number[]>();
    const byGram = this.byGram.get(lang) ?? new Map<string, Set<string>>();
    const marks = this.marked.get(lang);
    const hits = new Map<string, Hit>();
    const at = new Map<string, number[]>();
    const record = (key: string, sim: number, u: Unit, p: number) => {
      const prev = hits.get(key);
      if (!prev || sim > prev.sim) hits.set(key, { sim, start: u.start, end: u.end });
      addToList(at, key, p);
    };
    units.forEach((u, p) => {
      const typed = text.slice(u.start, u.end);
      let known = false;
      if (byUnit.has(u.key)) {
        if (marks) {
          // Vietnamese: the tones the shopper typed must be the catalog's (none typed: any).
          const form = markedForm(typed);
          if (hasMarks(form) && !(marks.get(u.key)?.has(form) ?? false)) return;
        }
        record(u.key, 1, u, p);
        known = true;
      }
      if (isDense(u.key) || u.key.length < 4) return;
      const typos: [string, number][] = [];
      for (const [w, rel] of nearSpellings(u.key, typed, byGram, marks, lang)) {
        if (rel.kind === 'affix') {
          record(w, rel.sim, u, p);
          known = true;
        } else typos.push([w, rel.sim]);
      }
      // A word the catalog knows (or a suffixed form of one) is not a typo of another word.
      if (!known) for (const [w, sim] of typos) record(w, sim, u, p);
    });
    return { hits, at, units, text, words: new MessageWords(text, lang, this.words.get(lang) ?? new Set()), alone: new Map() };
  }
}

/** A phrase word matches the word itself or, from 4 letters, a longer form of it ("uydur": "uydurmayın"). */
const PHRASE_STEM_MIN = 4;

function startsLike(key: string, phraseKey: string): boolean {
  return key === phraseKey || (phraseKey.length >= PHRASE_STEM_MIN && key.startsWith(phraseKey));
}

/** The exclusions whose first word `key` is, or starts like. */
function* anchoredAt(byAnchor: Map<string, Exclusion[]>, key: string): Generator<Exclusion> {
  yield* byAnchor.get(key) ?? [];
  for (let n = PHRASE_STEM_MIN; n < key.length; n++) yield* byAnchor.get(key.slice(0, n)) ?? [];
}

/** Builds the index the entity extractor matches product names with. */
export function buildProductIndex(products: readonly CatalogProduct[]): ProductIndex {
  return new ProductIndex(products);
}

/**
 * The same index, built in slices of about `sliceMs` with the event loop free in between: a catalog of
 * thousands of products takes seconds to index, and turns must go on meanwhile.
 */
export function buildProductIndexAsync(products: readonly CatalogProduct[], sliceMs = 15): Promise<ProductIndex> {
  return ProductIndex.buildAsync(products, sliceMs);
}

/** How much of a term the message holds, or undefined when it holds none of it or not its head noun. */
function scoreTerm(term: Term, message: MessageHits): Evidenced | undefined {
  const { hits, at, units, text } = message;
  // Unspaced text counts only where the message has it as a word (リップ, not the end of ドリップ).
  let alone: Set<string> | undefined;
  const standsAlone = (u: string) => {
    alone ??= message.alone.get(term.runs);
    if (!alone) message.alone.set(term.runs, (alone = unitsStandingAlone(term.runs, at, units, message.words)));
    return alone.has(u);
  };
  let got = 0;
  let total = 0;
  let matched = 0;
  const found = new Set<string>();
  let start = text.length;
  let end = 0;
  term.units.forEach((u, i) => {
    const w = term.weights[i] ?? 0;
    total += w;
    const h = hits.get(u);
    if (!h) return;
    if (term.chained.has(u) && !chainedIn(u, term.sequences, at, units)) return;
    if (isDense(u) && !standsAlone(u)) return;
    if (term.marks && !sameTones(term.marks.get(u), at.get(u) ?? [], units, text)) return;
    got += w * h.sim;
    matched++;
    found.add(u);
    start = Math.min(start, h.start);
    end = Math.max(end, h.end);
  });
  if (got === 0 || total === 0) return undefined;
  // A partial mention must name what the product is: "aurora earbuds", not "aurora pro".
  if (!term.head.every((k) => found.has(k))) return undefined;
  // More than the head of a name is a partial mention ("aurora earbuds"); the head of a longer
  // name alone ("earbuds", or the bigrams of หูฟัง) counts only as much as its weight in the name.
  const coverage = matched > Math.max(1, term.head.length) ? Math.sqrt(got / total) : got / total;
  // A term's units scattered over a long message are not a mention of it.
  const spread = end - start > 2 * term.length + 8 ? 0.7 : 1;
  return { productId: term.productId, score: coverage * term.factor * spread, start, end, words: 0, evidence: 0 };
}

/**
 * A product whose names and keywords hold every word of the message another product's do, and more,
 * comes before it whatever the scores: "вертикальная мышка" is the vertical mouse before any mouse,
 * "pebble hoparlör" the Pebble speaker before any speaker. Compared by distinct word sets, which are
 * few however many products share them.
 */
function explainingFirst(ranked: Evidenced[]): Evidenced[] {
  const sets = [...new Set(ranked.map((m) => m.evidence))];
  const dominated = new Set(sets.filter((a) => sets.some((b) => b !== a && (a & b) === a)));
  if (dominated.size === 0) return ranked;
  return [...ranked].sort((a, b) => Number(dominated.has(a.evidence)) - Number(dominated.has(b.evidence)));
}

/** How many words a word set holds. */
function bits(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++;
  return n;
}

/** Best score of two matches of one product; the span grows when they touch ("aurora" + "earbuds"). */
function mergeMentions<M extends ProductMatch>(a: M, b: M): M {
  const [hi, lo] = a.score >= b.score ? [a, b] : [b, a];
  const touching = lo.start <= hi.end + 2 && hi.start <= lo.end + 2;
  return touching && lo.score >= 0.5 ? { ...hi, start: Math.min(hi.start, lo.start), end: Math.max(hi.end, lo.end) } : hi;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
