/**
 * Product mentions matched against the catalog: per-locale names and keywords, tolerant of typos,
 * partial names, suffixes and CJK/Thai text without spaces.
 *
 * Text is cut into units (entities-product-units.ts): words, fuzzy-matched (entities-product-words.ts),
 * and character bigrams of unspaced scripts, exact. A term's score is the IDF-weighted share of its units
 * the message contains, so "aurora earbuds" finds "Aurora Wireless Earbuds Pro"; function words are no
 * units of a term (entities-product-lang.ts). A term counts only if the message contains its head noun,
 * and then its head alone scores its weight's share of the term (entities-product-head.ts); kana, Thai
 * and Vietnamese fragments count only next to their neighbours (entities-product-fragments.ts).
 */
import { chainedIn, fragmentChains, sameTones, toneForms } from './entities-product-fragments.js';
import { addToVocabulary, designatorWords, headPieces, headVocabulary, termHead, type Designators, type HeadSource, type HeadVocabulary, type Piece } from './entities-product-head.js';
import { isFunctionWord, MARKED_LANGS } from './entities-product-lang.js';
import { hasMarks, isDense, markedForm, segmentUnits, type Unit } from './entities-product-units.js';
import { nearSpellings, spellingGrams } from './entities-product-words.js';
import { baseLanguage } from './langid.js';

export { wordSimilarity } from './entities-product-words.js';

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

interface Entry extends HeadSource {
  productId: string;
  text: string;
  factor: number;
}

interface Term {
  productId: string;
  units: string[];
  weights: number[];
  /** Keywords and fallback-language names count a little less than the locale's own name. */
  factor: number;
  length: number;
  /** Units of the head noun: a match must contain all of them (empty: no head, e.g. only digits). */
  head: string[];
  /** Unit sequences of the term (in order) whose `chained` units count only next to a neighbour. */
  sequences: string[][];
  chained: Set<string>;
  /** Vietnamese: the term's syllables as written, with their tones. */
  marks: Map<string, Set<string>> | undefined;
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
}

/** Language used when the shopper's locale has no name for a product: brand names are often English. */
const FALLBACK_LANG = 'en';
const KEYWORD_FACTOR = 0.95;
const FALLBACK_FACTOR = 0.9;
const NO_DESIGNATORS: Designators = new Set<string>();
const SEP = '\u0001';

/** An index over a catalog, per language. Build once per catalog version; `match` is read-only. */
export class ProductIndex {
  private readonly terms = new Map<string, Term[]>();
  private readonly byUnit = new Map<string, Map<string, number[]>>();
  private readonly byGram = new Map<string, Map<string, Set<string>>>();
  /** For Vietnamese: each folded syllable's spellings with tones in the catalog. */
  private readonly marked = new Map<string, Map<string, Set<string>>>();

  /** Builds the index at once; {@link buildProductIndexAsync} does it a slice at a time. */
  constructor(readonly products: readonly CatalogProduct[], build = true) {
    if (build) for (const _ of this.steps());
  }

  /** The build, yielding after each product or term, so that a caller can pause between them. */
  *steps(): Generator<void, void, void> {
    // Each name is cut into units three times (head, brand words, index) and keywords repeat across products.
    const segments = new Map<string, readonly Unit[]>();
    const segment = (text: string): readonly Unit[] => {
      let units = segments.get(text);
      if (!units) segments.set(text, (units = segmentUnits(text)));
      return units;
    };
    const headsOf = new Map<string, Piece[]>();
    const pieces = (text: string): Piece[] => {
      let found = headsOf.get(text);
      if (!found) headsOf.set(text, (found = headPieces(text, segment)));
      return found;
    };
    const raw = new Map<string, Entry[]>();
    for (const p of this.products) {
      for (const [locale, name] of Object.entries(p.name)) {
        addToList(raw, baseLanguage(locale), { productId: p.id, text: name, factor: 1, keyword: false, pieces: pieces(name) });
      }
      for (const [locale, words] of Object.entries(p.keywords ?? {})) {
        for (const w of words) addToList(raw, baseLanguage(locale), { productId: p.id, text: w, factor: KEYWORD_FACTOR, keyword: true, pieces: pieces(w) });
      }
      yield;
    }
    const vocabularies = new Map<string, HeadVocabulary>();
    for (const [lang, entries] of raw) {
      const vocabulary: HeadVocabulary = { nouns: new Map(), runs: new Set() };
      for (const e of entries) {
        addToVocabulary(lang, e, vocabulary);
        yield;
      }
      vocabularies.set(lang, vocabulary);
    }
    const designators = new Map<string, Designators>();
    for (const p of this.products) {
      designators.set(p.id, designatorWords(p, vocabularies, segment));
      yield;
    }
    for (const [lang, entries] of raw) yield* this.indexLanguage(lang, entries, vocabularies.get(lang) ?? headVocabulary(lang, []), designators, segment);
  }

  private *indexLanguage(
    lang: string, entries: Entry[], vocabulary: HeadVocabulary, designators: Map<string, Designators>, segment: (text: string) => readonly Unit[],
  ): Generator<void, void, void> {
    const segmented: (readonly Unit[])[] = [];
    const content: Unit[][] = [];
    const unitLists: string[][] = [];
    for (const e of entries) {
      const units = segment(e.text);
      // Articles and plain prepositions are not part of what a term says: matching them is no evidence.
      const kept = units.filter((u) => !isFunctionWord(lang, u.key, e.text.slice(u.start, u.end)));
      segmented.push(units);
      content.push(kept);
      unitLists.push([...new Set(kept.map((u) => u.key))]);
      yield;
    }
    const idf = inverseFrequency(entries, unitLists);
    const marks = MARKED_LANGS.has(lang) ? new Map<string, Set<string>>() : undefined;
    const terms: Term[] = [];
    const byUnit = new Map<string, number[]>();
    const byGram = new Map<string, Set<string>>();
    // Terms with the same text (a keyword many products share) or the same head share those arrays.
    const shapes = new Map<string, { units: string[]; weights: number[] }>();
    const heads = new Map<string, string[]>();
    const chains = new Map<string, ReturnType<typeof fragmentChains>>();
    for (const [i, e] of entries.entries()) {
      const units = unitLists[i] ?? [];
      if (units.length === 0) continue;
      let shape = shapes.get(e.text);
      if (!shape) shapes.set(e.text, (shape = { units, weights: units.map(idf) }));
      units.forEach((u) => {
        // The spelling grams of a unit point to it once, however many terms hold it.
        if (!byUnit.has(u) && !isDense(u)) for (const g of spellingGrams(u)) addToSet(byGram, g, u);
        addToList(byUnit, u, terms.length);
      });
      const found = termHead(lang, e, vocabulary, designators.get(e.productId) ?? NO_DESIGNATORS, idf);
      const headKey = found.join(SEP);
      let head = heads.get(headKey);
      if (!head) heads.set(headKey, (head = found));
      const chainKey = `${e.text}${SEP}${headKey}`;
      let chain = chains.get(chainKey);
      if (!chain) chains.set(chainKey, (chain = fragmentChains(lang, content[i] ?? [], head)));
      terms.push({
        productId: e.productId, units: shape.units, weights: shape.weights, factor: e.factor, length: e.text.length, head,
        ...chain, marks: marks ? toneForms(e.text, segmented[i] ?? [], marks) : undefined,
      });
      yield;
    }
    this.terms.set(lang, terms);
    this.byUnit.set(lang, byUnit);
    this.byGram.set(lang, byGram);
    if (marks) this.marked.set(lang, marks);
  }

  /** Products mentioned in `text`, best first. */
  match(text: string, locale: string, options: ProductMatchOptions = {}): ProductMatch[] {
    const lang = baseLanguage(locale);
    const units = segmentUnits(text);
    const best = new Map<string, ProductMatch>();
    const searches: [string, number][] = [[lang, 1]];
    if (lang !== FALLBACK_LANG) searches.push([FALLBACK_LANG, FALLBACK_FACTOR]);
    for (const [l, factor] of searches) {
      for (const m of this.matchLanguage(l, units, text)) {
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

  private matchLanguage(lang: string, all: Unit[], text: string): ProductMatch[] {
    const terms = this.terms.get(lang);
    const byUnit = this.byUnit.get(lang);
    if (!terms || !byUnit) return [];
    // Function words are in no term; without them, "tai nghe có dây" has "nghe" next to "dây" as its term does.
    const units = all.filter((u) => !isFunctionWord(lang, u.key, text.slice(u.start, u.end)));
    const message = this.unitHits(lang, units, text);
    const touched = new Set<number>();
    for (const key of message.hits.keys()) for (const t of byUnit.get(key) ?? []) touched.add(t);
    const out: ProductMatch[] = [];
    for (const ti of touched) {
      const term = terms[ti];
      const m = term && scoreTerm(term, message);
      if (m) out.push(m);
    }
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
      for (const [w, rel] of nearSpellings(u.key, typed, byGram, marks)) {
        if (rel.kind === 'affix') {
          record(w, rel.sim, u, p);
          known = true;
        } else typos.push([w, rel.sim]);
      }
      // A word the catalog knows (or a suffixed form of one) is not a typo of another word.
      if (!known) for (const [w, sim] of typos) record(w, sim, u, p);
    });
    return { hits, at, units, text };
  }
}

/** Builds the index the entity extractor matches product names with. */
export function buildProductIndex(products: readonly CatalogProduct[]): ProductIndex {
  return new ProductIndex(products);
}

/**
 * The same index, built in slices of about `sliceMs` with the event loop free in between: a catalog of
 * thousands of products takes seconds to index, and turns must go on meanwhile.
 */
export async function buildProductIndexAsync(products: readonly CatalogProduct[], sliceMs = 15): Promise<ProductIndex> {
  const index = new ProductIndex(products, false);
  let sliceStart = performance.now();
  let n = 0;
  for (const _ of index.steps()) {
    if (++n % 16 !== 0 || performance.now() - sliceStart < sliceMs) continue;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  }
  return index;
}

/** How much of a term the message holds, or undefined when it holds none of it or not its head noun. */
function scoreTerm(term: Term, { hits, at, units, text }: MessageHits): ProductMatch | undefined {
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
  return { productId: term.productId, score: coverage * term.factor * spread, start, end };
}

/** Best score of two matches of one product; the span grows when they touch ("aurora" + "earbuds"). */
function mergeMentions(a: ProductMatch, b: ProductMatch): ProductMatch {
  const [hi, lo] = a.score >= b.score ? [a, b] : [b, a];
  const touching = lo.start <= hi.end + 2 && hi.start <= lo.end + 2;
  return touching && lo.score >= 0.5 ? { ...hi, start: Math.min(hi.start, lo.start), end: Math.max(hi.end, lo.end) } : hi;
}

/** Each unit's inverse document frequency over the language's products. */
function inverseFrequency(entries: Entry[], unitLists: string[][]): (u: string) => number {
  const df = new Map<string, Set<string>>();
  unitLists.forEach((units, i) => units.forEach((u) => addToSet(df, u, entries[i]?.productId ?? '')));
  const n = new Set(entries.map((e) => e.productId)).size;
  return (u) => Math.log(1 + n / (df.get(u)?.size ?? 1));
}

function addToList<T>(map: Map<string, T[]>, key: string, value: T): void {
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
