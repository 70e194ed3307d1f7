/**
 * Spelling: how a typed word relates to a catalog word, both folded (accents off, Arabic article off,
 * so السماعة ≈ سماعة). A typed word may add a short ending to a catalog word ("speakers", "zapatillas")
 * but lack only an inflection of it ("wireles", "sneaker"), not a derivation: "speak" is not "speaker",
 * "charge" not "charger"; a 3-letter word takes only a plural ("tea" is not "team"). In Turkish a chain of
 * case, plural and possessive endings counts however long ("klavyeleriniz"), and a Russian noun whose last
 * vowel drops takes its endings on the shorter stem ("чехлы" is "чехол").
 * Typos: no edit when the shorter word has at most 4 letters (5 in Arabic and Hebrew, written without
 * short vowels), bar a swap in a 4-letter word ("csae"): ساعة "watch" is not سماعة "headphones"; 1 edit
 * up to 8 letters, 2 beyond; the first letter must match; replacing a Latin consonant by one that is
 * neither a keyboard neighbour nor a sound-alike costs two ("sneaker"/"speaker"); in the last three
 * letters only vowels and sound-alikes may change, a letter may drop or two swap (tastiera/tastiere,
 * earbuds/earbudz, but charged/charger); and a typed word that is a catalog word, or a suffixed form of
 * one, is not read as a typo of another ("speakers" is not "sneakers"; the index applies this one when
 * it looks a message word up).
 */
import { hasMarks } from './entities-product-units.js';

/** How a typed word relates to a catalog word, and how close it is (0 to 1). */
export interface WordRelation {
  sim: number;
  kind: 'same' | 'affix' | 'typo' | 'none';
}

/** Catalog words less similar than this to a typed word are not matched by it. */
const MIN_WORD_SIM = 0.75;
const LATIN_WORD = /^[a-z]+$/;
/** Endings a typed word may lack of a catalog word in Latin script: plurals and inflections, not "-er" ("speak"/"speaker"). */
const MISSING_ENDINGS = new Set(['s', 'es', 'e', 'n', 'en', 'x']);
const NONE: WordRelation = { sim: 0, kind: 'none' };
/**
 * A chain of Turkish case, plural and possessive endings ("klavye" + "leriniz", "kulaklık" + "larımızdan"):
 * Turkish stacks them far beyond the length other languages' endings reach.
 */
const TURKISH_ENDINGS = /^(?:l[ae]r)?(?:(?:[ıiuü]n[ıiuü]z|[ıiuü]m[ıiuü]z|s[ıiuü]|[ıiuü]m|[ıiuü]n|[ıiuü]|[yn]?[ıiuü])?)(?:[dt][ae]n?|[yn]?[ae]|n[ıiuü]n|[dt][ae]ki|[yn]?l[ae])?(?:m[ıiuü]|y?d[ıiuü])?$/u;
const AFFIX: WordRelation = { sim: 0.9, kind: 'affix' };

/**
 * How close a typed word is to a catalog word (both folded): 1 when equal; 0.9 when one is the other
 * plus an ending ("cases", "wireles"); less per typo; 0 when they are different words.
 */
export function wordSimilarity(typed: string, known: string, lang?: string): number {
  return wordRelation(typed, known, lang).sim;
}

/**
 * How a typed word relates to a catalog word: `affix` when one is the other plus a short ending
 * ("case"/"cases", "wireles"/"wireless"), `typo` within the edits their length allows, else `none` (see
 * the header). Not symmetric: a typed word may add any short ending to a catalog word ("speakers"), but
 * lack only an inflection of it ("speak" is not "speaker", "charge" not "charger", "carga" not "cargador").
 */
export function wordRelation(a: string, b: string, lang?: string): WordRelation {
  if (a === b) return { sim: 1, kind: 'same' };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short)) return affixRelation(short, long, short === a, lang);
  if (/\d/.test(a) || /\d/.test(b) || a[0] !== b[0]) return NONE;
  const stem = fleetingStem(b);
  if (stem && a.startsWith(stem) && a.length - stem.length <= 3) return AFFIX;
  return typoRelation(a, b, short, long);
}

/**
 * A Russian noun whose last vowel drops when it takes an ending (чехол → чехлы, замок → замка, кошелёк →
 * кошелька): its stem without that vowel, or undefined.
 */
function fleetingStem(word: string): string | undefined {
  const m = /^([\u0430-\u044f\u0451]{2,})[оеё]([лкцнрь])$/u.exec(word);
  return m ? `${m[1]}${m[2]}` : undefined;
}

/** `long` is `short` plus an ending: whether that ending is one the typed word may add or lack. */
function affixRelation(short: string, long: string, typedShort: boolean, lang: string | undefined): WordRelation {
  const suffix = long.slice(short.length);
  if (short.length < 3) return NONE;
  // "tea" is not "team", "tee" is not "teen": a 3-letter word takes only a plural ending.
  if (short.length === 3) return suffix === 's' || suffix === 'es' ? AFFIX : NONE;
  const ok = typedShort
    ? suffix.length <= 2 && (!LATIN_WORD.test(suffix) || MISSING_ENDINGS.has(suffix))
    : suffix.length <= 2 || (short.length > 4 && short.length / long.length >= 0.6) || (lang === 'tr' && short.length >= 4 && TURKISH_ENDINGS.test(suffix));
  return ok ? AFFIX : NONE;
}

/** A typo within the edits the words' length allows (they share the first letter and have no digit). */
function typoRelation(a: string, b: string, short: string, long: string): WordRelation {
  // Allowed edits by length; abjads (no short vowels written) count one letter less.
  const len = isAbjad(short) ? short.length - 1 : short.length;
  const allowed = len <= 4 ? 0 : len <= 8 ? 1 : 2;
  if (allowed === 0) {
    // One swap of two letters after the first is still a typo of a short word ("csae"); any other change
    // is another word (ساعة "watch" / سماعة "headphones").
    return short.length === 4 && long.length === 4 && isSwap(a, b) ? { sim: 1 - 1 / 6, kind: 'typo' } : NONE;
  }
  const d = damerauLevenshtein(a, b, allowed, substitutionCost);
  if (d > allowed || otherEnding(a, b, short.length, long.length, d)) return NONE;
  return { sim: 1 - d / (long.length + 2), kind: 'typo' };
}

/**
 * Words alike but in their last three letters differ in their ending, which makes another word
 * (charged/charger, carregando/carregador) unless the endings differ by vowels or sound-alikes letter
 * for letter (tastiera/tastiere, earbuds/earbudz, настольная/настольную), one dropped letter or a swap.
 */
function otherEnding(a: string, b: string, shortLength: number, longLength: number, d: number): boolean {
  let p = 0;
  while (p < shortLength && a[p] === b[p]) p++;
  if (p < longLength - 3) return false;
  const [ra, rb] = [[...a.slice(p)], [...b.slice(p)]];
  const variant = ra.length === rb.length && ra.every((x, i) => x === rb[i] || endingVariant(x, rb[i] ?? ''));
  const swapped = d === 1 && [...ra].sort().join('') === [...rb].sort().join('');
  return !variant && !swapped && (d > 1 || ra.length === rb.length);
}

function isSwap(a: string, b: string): boolean {
  for (let i = 1; i + 1 < a.length; i++) {
    if (a[i] !== b[i]) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return false;
}

/**
 * Catalog words spelled near a typed word (folded `key`, as `typed`), with how they relate: those that
 * share two padded bigrams with it (`byGram`) and are similar enough. `marks`: for Vietnamese, each
 * syllable's spellings with tones in the catalog.
 */
export function nearSpellings(
  key: string, typed: string, byGram: Map<string, Set<string>>, marks: Map<string, Set<string>> | undefined, lang?: string,
): [string, WordRelation][] {
  const shared = new Map<string, number>();
  for (const g of spellingGrams(key)) for (const w of byGram.get(g) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
  const out: [string, WordRelation][] = [];
  for (const [w, count] of shared) {
    if (count < 2 || w === key) continue;
    // Vietnamese: syllables are not spelled loosely; only loanwords take an ending (jean/jeans).
    if (marks && !(w.length >= 5 && [...(marks.get(w) ?? [])].every((m) => !hasMarks(m)) && !hasMarks(typed))) continue;
    const rel = wordRelation(key, w, lang);
    if (rel.sim < MIN_WORD_SIM || (marks && rel.kind !== 'affix')) continue;
    out.push([w, rel]);
  }
  return out;
}

/** Padded character bigrams of a word, for finding near spellings (a swap keeps the ends). */
export function spellingGrams(word: string): string[] {
  const s = `^${word}$`;
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2));
  return [...out];
}

/**
 * Optimal-string-alignment distance; returns `max + 1` as soon as it must exceed `max`. `subCost`
 * prices replacing one letter by another (default 1; 2 makes it cost a deletion plus an insertion).
 */
function damerauLevenshtein(a: string, b: string, max: number, subCost?: (x: string, y: string) => number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1] ?? '';
      const y = b[j - 1] ?? '';
      const cost = x === y ? 0 : subCost ? subCost(x, y) : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Latin keyboard rows (QWERTY, QWERTZ, AZERTY): a slip of the finger hits a neighbouring key. */
const LAYOUTS = [
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['qwertzuiop', 'asdfghjkl', 'yxcvbnm'],
  ['azertyuiop', 'qsdfghjklm', 'wxcvbn'],
];
/** Letters spelled for one another by sound; and any two vowels (Italian plurals: tastiera/tastiere). */
const SOUNDALIKE = ['ck', 'cs', 'sz', 'kq', 'vw', 'fv', 'ij', 'yi', 'ye', 'ya', 'yo', 'yu', 'ae', 'ai', 'ao', 'au', 'ei', 'eo', 'eu', 'io', 'iu', 'ou'];
const SOUND = new Set<string>(SOUNDALIKE.flatMap((p) => [p, `${p[1] ?? ''}${p[0] ?? ''}`]));
const NEAR = new Set<string>(SOUND);
for (const rows of LAYOUTS) {
  rows.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      const near = [row[i + 1], rows[r + 1]?.[i], rows[r + 1]?.[i - 1]];
      for (const n of near) if (n) NEAR.add(`${row[i] ?? ''}${n}`).add(`${n}${row[i] ?? ''}`);
    }
  });
}

/**
 * Cost of typing `y` for `x`: 1 for a neighbouring key, a sound-alike letter or another vowel, 2 (a
 * deletion and an insertion) for two unrelated Latin consonants: "speaker" is not a typo of "sneaker".
 * Other alphabets have no layout table here and cost 1.
 */
function substitutionCost(x: string, y: string): number {
  if (!LATIN_WORD.test(x) || !LATIN_WORD.test(y)) return 1;
  return NEAR.has(`${x}${y}`) ? 1 : 2;
}

/**
 * Letters that stand for one another at the end of a word, where a different letter is usually a
 * different ending (charged/charger), not a slip: vowels and sound-alikes (tastiera/tastiere,
 * earbuds/earbudz). Other alphabets: any letter (кружка/кружки). Not "a" for "o": in Romance
 * languages that makes another word (medias "socks" / medios "means", bolsa / bolso, caso / casa).
 */
function endingVariant(x: string, y: string): boolean {
  if (!LATIN_WORD.test(x) || !LATIN_WORD.test(y)) return true;
  if ((x === 'a' && y === 'o') || (x === 'o' && y === 'a')) return false;
  return SOUND.has(`${x}${y}`);
}

/** Abjads (Arabic, Hebrew) write no short vowels: a word holds more per letter, so a letter changed is more often another word. */
function isAbjad(word: string): boolean {
  return /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(word);
}
