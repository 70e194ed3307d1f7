/**
 * Sparse text features for the intent classifier: word unigrams and bigrams, mark-stripped
 * unigrams, and character n-grams inside word boundaries (whole unspaced runs for zh/ja/th).
 *
 * A feature is a string key whose first character names its group: `w` word, `b` bigram,
 * `s` stripped word, `c` character n-gram.
 */
import { stemmerFor } from './features-stem.js';
import { isSegmentedLocale, marksAreOptional, normalizeText, stripMarks, tokenizeNormalized } from './tokenize.js';

/** Which features to extract. Every field is stored in the model so prediction matches training. */
export interface FeatureOptions {
  /** Longest word n-gram (1 = unigrams only). */
  wordNgrams: number;
  /** Shortest and longest character n-gram. */
  charMin: number;
  charMax: number;
  /** Add marks-stripped unigrams for languages where marks are often left out. */
  stripMarks: boolean;
  /** Mark the first and last word (`^ word`, `word $` bigrams). */
  edges: boolean;
  /** Add word pairs with one word between them. */
  skipBigrams: boolean;
  /** Add word stems (natural's stemmers, where the language has one). */
  stems: boolean;
  /** Character n-grams inside each word (`word`), or across the whole text with spaces (`text`). */
  charScope: 'word' | 'text';
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  wordNgrams: 2,
  charMin: 1,
  charMax: 4,
  stripMarks: true,
  edges: true,
  skipBigrams: false,
  stems: false,
  charScope: 'word',
};

/** Feature groups, by the first character of a key. */
export type FeatureGroup = 'word' | 'char';

export function groupOf(key: string): FeatureGroup {
  return key.charCodeAt(0) === 99 /* c */ ? 'char' : 'word';
}

const SEP = '\u0001';
const CHUNK = /[\p{L}\p{M}\p{N}']+/gu;

/** Feature keys of `text` (with repeats: a key occurring twice counts twice). */
export function features(text: string, locale: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): string[] {
  const norm = normalizeText(text, locale);
  const words = tokenizeNormalized(norm, locale);
  const out: string[] = [];
  addWordNgrams(out, words, options);
  if (options.stems) addStems(out, words, locale);
  if (options.stripMarks && marksAreOptional(locale)) {
    for (const w of words) {
      const s = stripMarks(w);
      if (s !== w) out.push(`s${s}`);
    }
  }
  const units = options.charScope === 'text' ? [words.join(' ')] : isSegmentedLocale(locale) ? (norm.match(CHUNK) ?? []) : words;
  for (const unit of units) addCharNgrams(out, unit, options.charMin, options.charMax);
  return out;
}

function addWordNgrams(out: string[], words: readonly string[], options: FeatureOptions): void {
  for (const w of words) out.push(`w${w}`);
  for (let n = 2; n <= options.wordNgrams; n++) {
    for (let i = 0; i + n <= words.length; i++) out.push(`b${words.slice(i, i + n).join(SEP)}`);
  }
  if (options.skipBigrams) {
    for (let i = 0; i + 2 < words.length; i++) out.push(`b${words[i] ?? ''}${SEP}*${SEP}${words[i + 2] ?? ''}`);
  }
  if (options.edges && words.length > 0) {
    out.push(`b^${SEP}${words[0] ?? ''}`, `b${words[words.length - 1] ?? ''}${SEP}$`);
  }
}

function addStems(out: string[], words: readonly string[], locale: string): void {
  const stemmer = stemmerFor(locale);
  if (!stemmer) return;
  for (const w of words) {
    const stem = stemmer.stem(w);
    if (stem !== w) out.push(`t${stem}`);
  }
}

function addCharNgrams(out: string[], unit: string, min: number, max: number): void {
  const chars = Array.from(` ${unit} `);
  for (let n = min; n <= max; n++) {
    if (n > chars.length) break;
    for (let i = 0; i + n <= chars.length; i++) {
      if (n === 1 && (i === 0 || i === chars.length - 1)) continue;
      out.push(`c${chars.slice(i, i + n).join('')}`);
    }
  }
}
