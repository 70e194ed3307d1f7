/**
 * Head noun. A term (name or keyword) counts only if the message contains its head noun, the word that
 * says what the product is: "pro", "wireless" or "resistentes al agua" (of "auriculares resistentes al
 * agua") alone are modifiers, not mentions, however high the score floor. The head is chosen per term
 * when the index is built:
 * 1. Drop text in parentheses ("(5 Pairs)") and everything from the first linking word after a content
 *    word ("Case with Card Slots", "Funda de piel", "Чехол для телефона"; LINKS in
 *    entities-product-lang.ts). Candidates are the other words that are not articles, conjunctions or
 *    size and grade words (mini, pro, plus…), have no digit ("X1", "65W") and more than one letter, and
 *    each run of unspaced text.
 * 2. Side: head-last languages (English, German, Slavic, Turkish, CJK) read candidates from the end,
 *    head-first ones (Romance, Vietnamese, Indonesian, Thai, Arabic) from the start.
 * 3. In that order, the first candidate that is a catalog noun and not a brand word; else the first
 *    catalog noun; else the first that is not a brand word; else the first. Catalog nouns are the heads
 *    (by position alone) of the language's keywords, which are generic phrases ("earbuds", "wireless
 *    earbuds"): they skip trailing model names ("Earbuds Pro", "Lipstick Ruby Red"). Brand words are
 *    spelled the same in a product's names in two or more languages (Aurora, Air, Pebble: not
 *    translated, while the noun is), unless keywords of two languages have them as nouns (crema, gel).
 * 4. For a language with no known side, the candidate with the highest IDF. IDF is not the rule
 *    elsewhere: in a small catalog "pro", "wireless" and "earbuds" are all unique (same IDF), and in a
 *    large one the heaviest words are brands and models, the modifiers that must not match alone. IDF
 *    decides how much a head alone scores instead: its weight's share of the term (no square root, which
 *    rewards more than the head), so "the earbuds" finds "Aurora Wireless Earbuds Pro" when the other
 *    words are common in the catalog, and "the case is closed" does not find "Phone Case".
 * 5. Unspaced runs: the head is the shortest keyword head of the catalog that ends the run (starts it,
 *    in Thai) — 耳机 in 极光无线蓝牙耳机, หูฟัง in หูฟังไร้สาย —, else the last bigram for Han and
 *    Hangul (a Han bigram is a word: 手机壳 → 机壳, so 手机 alone is not a phone case), the last two for
 *    kana and the first two for Thai (a bigram of a phonetic script is a piece of a word).
 */
import { headSide, isLinkWord, isStopWord } from './entities-product-lang.js';
import { denseHeadFirst, isDense, isPhonetic, runBigrams, segmentUnits, type Unit } from './entities-product-units.js';
import { baseLanguage } from './langid.js';

/** A word of a term, or a run of unspaced text (its bigram keys and its letters). */
export type Piece = { kind: 'word'; key: string; typed: string } | { kind: 'run'; keys: string[]; text: string; run: number; start: number };

/** The catalog's nouns in one language: what a head is looked for among (step 3). */
export interface HeadVocabulary {
  /** Head words of the language's keywords, with how many keywords each heads. */
  nouns: Map<string, number>;
  /** Head runs of unspaced text of the language's keywords (ヘッドホン, 耳机, หูฟัง). */
  runs: Set<string>;
}

/** A name or keyword of a product, as the head vocabulary is built from it. */
export interface HeadSource {
  keyword: boolean;
  /** What the head is chosen from (headPieces). */
  pieces: Piece[];
  /** A keyword's head by position alone (set by addToVocabulary). */
  own?: Piece | undefined;
}

/** Brand and model words of a product (designatorWords). */
export type Designators = ReadonlySet<string>;

/** The pieces of a term the head is chosen from: without parenthesised text ("(5 Pairs)", "（5 双装）"). */
export function headPieces(text: string, segment: (text: string) => readonly Unit[] = segmentUnits): Piece[] {
  let source = text.replace(/\([^)]*\)|（[^）]*）/gu, ' ');
  let units = segment(source);
  if (units.length === 0) [source, units] = [text, segment(text)];
  const pieces: Piece[] = [];
  for (const u of units) {
    const last = pieces[pieces.length - 1];
    if (u.run === undefined) pieces.push({ kind: 'word', key: u.key, typed: source.slice(u.start, u.end) });
    else if (last?.kind === 'run' && last.run === u.run) {
      last.keys.push(u.key);
      last.text = source.slice(last.start, u.end).toLowerCase();
    } else pieces.push({ kind: 'run', keys: [u.key], text: source.slice(u.start, u.end).toLowerCase(), run: u.run, start: u.start });
  }
  return pieces;
}

function isCandidate(lang: string, piece: Piece): boolean {
  if (piece.kind === 'run') return true;
  return [...piece.key].length >= 2 && !/\d/.test(piece.key) && !isStopWord(lang, piece.key, piece.typed);
}

/** The key that stands for a piece when ranking by IDF: a word, or a run's bigram on its head side. */
function edgeKey(piece: Piece): string {
  if (piece.kind === 'word') return piece.key;
  const first = denseHeadFirst(piece.text);
  return (first ? piece.keys[0] : piece.keys[piece.keys.length - 1]) ?? '';
}

/**
 * The units a match of a term must contain: those of its head noun (steps 1–5 above); none for a term
 * of digits and stop words.
 */
export function termHead(
  lang: string, source: HeadSource, vocabulary: HeadVocabulary, designators: Designators, idf: (u: string) => number,
): string[] {
  const piece = chooseHead(lang, source.pieces, vocabulary, designators, idf, source.own);
  return piece ? headKeys(piece, vocabulary) : [];
}

/**
 * The head noun of a term (steps 1–4 above), or undefined for a term of digits and stop words.
 * `own`: a keyword's head by position, which does not count as a noun of the vocabulary for itself.
 */
function chooseHead(
  lang: string, pieces: Piece[], vocabulary: HeadVocabulary, designators: Designators, idf: (u: string) => number, own?: Piece,
): Piece | undefined {
  const firstContent = pieces.findIndex((p) => isCandidate(lang, p));
  if (firstContent < 0) return undefined;
  const cut = pieces.findIndex((p, i) => i > firstContent && p.kind === 'word' && isLinkWord(lang, p.key, p.typed));
  const candidates = (cut > 0 ? pieces.slice(0, cut) : pieces).filter((p) => isCandidate(lang, p));
  const designator = (p: Piece) => p.kind === 'word' && designators.has(p.key);
  const side = headSide(lang);
  if (!side) {
    const plain = candidates.filter((p) => !designator(p));
    const pool = plain.length > 0 ? plain : candidates;
    return pool.reduce((a, b) => (idf(edgeKey(b)) > idf(edgeKey(a)) ? b : a));
  }
  const ordered = side === 'first' ? candidates : [...candidates].reverse();
  const self = own?.kind === 'word' ? own.key : undefined;
  const noun = (p: Piece) =>
    p.kind === 'word' ? (vocabulary.nouns.get(p.key) ?? 0) > (p.key === self ? 1 : 0) : headWord(p, vocabulary) !== undefined;
  return ordered.find((p) => noun(p) && !designator(p)) ?? ordered.find(noun) ?? ordered.find((p) => !designator(p)) ?? ordered[0];
}

/** The keys a match must contain for the head: the word, or the bigrams of a run's head word (step 5). */
function headKeys(piece: Piece, vocabulary: HeadVocabulary): string[] {
  if (piece.kind === 'word') return [piece.key];
  const word = headWord(piece, vocabulary);
  if (word !== undefined) return runBigrams(word);
  const first = denseHeadFirst(piece.text);
  const n = piece.keys.some(isPhonetic) ? 2 : 1;
  return first ? piece.keys.slice(0, n) : piece.keys.slice(-n);
}

/** The shortest keyword head run that ends a run (starts it, in Thai). */
function headWord(piece: Piece & { kind: 'run' }, vocabulary: HeadVocabulary): string | undefined {
  const first = denseHeadFirst(piece.text);
  const chars = [...piece.text];
  for (let n = 2; n <= chars.length; n++) {
    const w = (first ? chars.slice(0, n) : chars.slice(-n)).join('');
    if (vocabulary.runs.has(w)) return w;
  }
  return undefined;
}

/**
 * Adds one name or keyword to the language's vocabulary: the heads of its keywords by position alone,
 * the catalog's own list of nouns (step 3). Names do not count. Notes a keyword's own head on its entry.
 */
export function addToVocabulary(lang: string, e: HeadSource, vocabulary: HeadVocabulary): void {
  if (!e.keyword) return;
  const piece = chooseHead(lang, e.pieces, EMPTY_VOCABULARY, new Set(), () => 0);
  e.own = piece;
  if (piece?.kind === 'word') vocabulary.nouns.set(piece.key, (vocabulary.nouns.get(piece.key) ?? 0) + 1);
  else if (piece && [...piece.text].length >= 2) vocabulary.runs.add(piece.text);
}

const EMPTY_VOCABULARY: HeadVocabulary = { nouns: new Map(), runs: new Set() };

/**
 * A product's brand and model words, spelled the same in its names in two or more languages (Aurora,
 * Pro, X1) — unless keywords of two or more languages have them as head nouns (crema in Spanish and
 * Italian, gel, stick: shared nouns, not brands).
 */
export function designatorWords(
  product: { name: Record<string, string> }, vocabularies: Map<string, HeadVocabulary>, segment: (text: string) => readonly Unit[] = segmentUnits,
): Designators {
  const langs = new Map<string, Set<string>>();
  for (const [locale, name] of Object.entries(product.name)) {
    for (const u of segment(name)) if (!isDense(u.key)) langs.set(u.key, (langs.get(u.key) ?? new Set()).add(baseLanguage(locale)));
  }
  const nounIn = (k: string) => [...vocabularies.values()].filter((v) => v.nouns.has(k)).length;
  return new Set([...langs].filter(([k, ls]) => ls.size >= 2 && nounIn(k) < 2).map(([k]) => k));
}
