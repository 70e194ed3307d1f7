/**
 * Building the product index: each product's names and keywords become terms (units, IDF weights, head
 * noun, fragment chains), per language, with the lookups `ProductIndex.match` uses. The build is a
 * generator that yields after each product or term, so that it can run a slice at a time.
 */
import { CatalogWords, termRuns, type DenseRun } from './entities-product-bounds.js';
import { COMPOUND_MODIFIERS } from './entities-product-devices.js';
import { fragmentChains, toneForms } from './entities-product-fragments.js';
import { addToVocabulary, designatorWords, headPieces, termHead, type Designators, type HeadSource, type HeadVocabulary } from './entities-product-head.js';
import { isFunctionWord, MARKED_LANGS } from './entities-product-lang.js';
import { findModelNames } from './entities-product-model.js';
import { isDense, segmentUnits, type Unit } from './entities-product-units.js';
import { spellingGrams } from './entities-product-words.js';
import { baseLanguage } from './langid.js';
import { addToList, addToSet } from '../util/maps.js';

/** A product as the index reads it. */
export interface CatalogProduct {
  id: string;
  /** Locale → display name. */
  name: Record<string, string>;
  /** Locale → other words shoppers use for it. */
  keywords?: Record<string, string[]> | undefined;
  /** Locale → phrases in which its words do not name it ("wie viel uhr", "watch out"); `*` stands for any one word. */
  excludes?: Record<string, string[]> | undefined;
}

/** A phrase in which a product's words do not name it, as message units; `null` is any one unit. */
export interface Exclusion {
  productId: string;
  keys: (string | null)[];
  /** Where its first word (not `*`) is: the phrase is looked up by that word. */
  anchor: number;
}

interface Entry extends HeadSource {
  productId: string;
  text: string;
  factor: number;
  /** A model name (entities-product-model.ts): all of it must be there, its words together. */
  model?: true;
}

export interface Term {
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
  /** The term's runs of unspaced text: they count only as words, of the message and of the term (entities-product-bounds.ts). */
  runs: DenseRun[];
}

/** The index's lookups, per language. */
export interface IndexData {
  terms: Map<string, Term[]>;
  byUnit: Map<string, Map<string, number[]>>;
  byGram: Map<string, Map<string, Set<string>>>;
  /** For Vietnamese: each folded syllable's spellings with tones in the catalog. */
  marked: Map<string, Map<string, Set<string>>>;
  /** Per language and first word, the phrases in which a product's words do not name it. */
  excludes: Map<string, Map<string, Exclusion[]>>;
  /** Per language, the catalog's words of unspaced text, which vouch for a compound of the message (entities-product-bounds.ts). */
  words: Map<string, Set<string>>;
}

const KEYWORD_FACTOR = 0.95;
/** A model name alone ("the boom 5") counts a little less than the product's name. */
const MODEL_FACTOR = 0.9;
const NO_DESIGNATORS: Designators = new Set<string>();
const SEP = '\u0001';
const EMPTY_VOCABULARY: HeadVocabulary = { nouns: new Map(), runs: new Set() };

/** `f` computed once per distinct text (within one build). */
function memoByText<T>(f: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) seen.set(text, (value = f(text)));
    return value;
  };
}

/** Builds `data` from `products`, yielding after each product or term. */
export function* buildSteps(products: readonly CatalogProduct[], data: IndexData): Generator<void, void, void> {
  // Each name is cut into units three times (head, brand words, index) and keywords repeat across products.
  const segment = memoByText<readonly Unit[]>(segmentUnits);
  const pieces = memoByText((text) => headPieces(text, segment));
  const raw = new Map<string, Entry[]>();
  for (const p of products) {
    for (const [locale, name] of Object.entries(p.name)) {
      addToList(raw, baseLanguage(locale), { productId: p.id, text: name, factor: 1, keyword: false, pieces: pieces(name) });
    }
    for (const [locale, words] of Object.entries(p.keywords ?? {})) {
      for (const w of words) addToList(raw, baseLanguage(locale), { productId: p.id, text: w, factor: KEYWORD_FACTOR, keyword: true, pieces: pieces(w) });
    }
    for (const [locale, phrases] of Object.entries(p.excludes ?? {})) {
      for (const phrase of phrases) {
        const keys = phrase.split('*').flatMap((part, i) => [...(i > 0 ? [null] : []), ...segment(part).map((u) => u.key)]);
        const anchor = keys.findIndex((k) => k !== null);
        const lang = baseLanguage(locale);
        if (anchor < 0) continue;
        let byAnchor = data.excludes.get(lang);
        if (!byAnchor) data.excludes.set(lang, (byAnchor = new Map<string, Exclusion[]>()));
        addToList(byAnchor, keys[anchor] ?? '', { productId: p.id, keys, anchor });
      }
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
  for (const p of products) {
    designators.set(p.id, designatorWords(p, vocabularies, segment));
    yield;
  }
  // Model names are written the same in every language: each language's index holds them.
  const models = new Map<string, string[][]>();
  yield* findModelNames(products, segment, models);
  for (const [id, runs] of models) {
    for (const entries of raw.values()) for (const run of runs) entries.push({ productId: id, text: run.join(' '), factor: MODEL_FACTOR, keyword: true, pieces: [], model: true });
  }
  for (const [lang, entries] of raw) yield* indexLanguage(data, lang, entries, vocabularies.get(lang) ?? EMPTY_VOCABULARY, designators, segment);
}

function* indexLanguage(
  data: IndexData, lang: string, entries: Entry[], vocabulary: HeadVocabulary, designators: Map<string, Designators>, segment: (text: string) => readonly Unit[],
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
  const words = new CatalogWords(lang);
  // Terms with the same text (a keyword many products share) or the same head share those arrays.
  const shapes = new Map<string, { units: string[]; weights: number[]; runs: DenseRun[] }>();
  const heads = new Map<string, string[]>();
  const chains = new Map<string, ReturnType<typeof fragmentChains>>();
  for (const [i, e] of entries.entries()) {
    const units = unitLists[i] ?? [];
    if (units.length === 0) continue;
    let shape = shapes.get(e.text);
    if (!shape) {
      shapes.set(e.text, (shape = { units, weights: units.map(idf), runs: termRuns(lang, content[i] ?? []) }));
      for (const piece of e.pieces) if (piece.kind === 'run') words.add(piece.text);
    }
    units.forEach((u) => {
      // The spelling grams of a unit point to it once, however many terms hold it.
      if (!byUnit.has(u) && !isDense(u)) for (const g of spellingGrams(u)) addToSet(byGram, g, u);
      addToList(byUnit, u, terms.length);
    });
    const found = e.model ? units : termHead(lang, e, vocabulary, designators.get(e.productId) ?? NO_DESIGNATORS, idf);
    const headKey = found.join(SEP);
    let head = heads.get(headKey);
    if (!head) heads.set(headKey, (head = found));
    const chainKey = `${e.text}${SEP}${headKey}`;
    let chain = chains.get(chainKey);
    if (!chain) chains.set(chainKey, (chain = e.model && units.length > 1 ? { sequences: [units], chained: new Set(units) } : fragmentChains(lang, content[i] ?? [], head)));
    terms.push({
      productId: e.productId, units: shape.units, weights: shape.weights, factor: e.factor, length: e.text.length, head,
      ...chain, marks: marks ? toneForms(e.text, segmented[i] ?? [], marks) : undefined, runs: shape.runs,
    });
    yield;
  }
  data.terms.set(lang, terms);
  data.byUnit.set(lang, byUnit);
  data.byGram.set(lang, byGram);
  // Devices, brands and colours written onto a product word ("갤럭시케이스") vouch for the compound too.
  for (const w of COMPOUND_MODIFIERS[lang] ?? []) words.add(w);
  data.words.set(lang, words.finish());
  if (marks) data.marked.set(lang, marks);
}

/** Each unit's inverse document frequency over the language's products. */
function inverseFrequency(entries: Entry[], unitLists: string[][]): (u: string) => number {
  const df = new Map<string, Set<string>>();
  unitLists.forEach((units, i) => units.forEach((u) => addToSet(df, u, entries[i]?.productId ?? '')));
  const n = new Set(entries.map((e) => e.productId)).size;
  return (u) => Math.log(1 + n / (df.get(u)?.size ?? 1));
}
