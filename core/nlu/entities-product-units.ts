/**
 * Cutting text into the product index's match units: folded words for scripts written with spaces
 * (fuzzy-matched, entities-product-words.ts), character bigrams (exact) for Han, kana, Hangul and Thai,
 * written without them.
 */

export interface Unit {
  /** A folded word, or `#` + a character bigram of a script written without spaces. */
  key: string;
  start: number;
  end: number;
  /** For bigrams: which run of unspaced text they come from (consecutive bigrams of a run overlap). */
  run?: number | undefined;
}

/** Scripts written without spaces between words (Hangul is spaced, but particles stick to nouns). */
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー]/u;
const WORDY = /[\p{L}\p{M}\p{N}]/u;
/** Letters that spell sounds, not morphemes: one of their bigrams is a piece of a word, not a word. */
const PHONETIC = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー]/u;
const THAI = /\p{Script=Thai}/u;

/** Folded words already seen: catalogs and messages repeat words, and folding is most of segmenting. */
const folded = new Map<string, string>();
const FOLDED_MAX = 100_000;

/** Lower case, no accents (é → e, ı → i, đ → d), Arabic letter variants unified and the article dropped. */
export function foldWord(word: string): string {
  let w = folded.get(word);
  if (w === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    w = foldUncached(word);
    folded.set(word, w);
  }
  return w;
}

function foldUncached(word: string): string {
  let w = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i').replace(/ß/g, 'ss').replace(/đ/g, 'd');
  if (/\p{Script=Arabic}/u.test(w)) {
    w = w.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
    if (w.length > 4) w = w.replace(/^(?:[وفبلك]?ال|[وف])/u, '');
  }
  return w;
}

/** A bigram unit (`#…`) of a script written without spaces. */
export function isDense(key: string): boolean {
  return key.startsWith('#');
}

/** A bigram of kana or Thai: a fragment of a word, which counts only next to its neighbours. */
export function isPhonetic(key: string): boolean {
  return isDense(key) && PHONETIC.test(key);
}

/** Thai is written head first (หูฟังไร้สาย: headphones + wireless); Han, kana and Hangul head last. */
export function denseHeadFirst(key: string): boolean {
  return THAI.test(key);
}

/** The word's accents as typed (lower case, NFC): Vietnamese tones tell words apart (tất "socks", tắt "off"). */
export function markedForm(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** True when the word carries any accent or a letter folding changes (đ, ơ, ư…). */
export function hasMarks(word: string): boolean {
  return foldWord(word) !== word.toLowerCase();
}

/** The units of `text` in order: folded words, and the overlapping bigrams of each run of unspaced text. */
export function segmentUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const chars = [...text];
  let offset = 0;
  let i = 0;
  let runs = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (DENSE.test(ch)) {
      const run: { ch: string; at: number }[] = [];
      while (i < chars.length && DENSE.test(chars[i] as string)) {
        run.push({ ch: (chars[i] as string).toLowerCase(), at: offset });
        offset += (chars[i] as string).length;
        i++;
      }
      pushBigrams(units, run, runs++);
    } else if (WORDY.test(ch)) {
      const start = offset;
      let word = '';
      while (i < chars.length && WORDY.test(chars[i] as string) && !DENSE.test(chars[i] as string)) {
        word += chars[i];
        offset += (chars[i] as string).length;
        i++;
      }
      const key = foldWord(word);
      if (key !== '') units.push({ key, start, end: offset });
    } else {
      offset += ch.length;
      i++;
    }
  }
  return units;
}

function pushBigrams(units: Unit[], run: { ch: string; at: number }[], id: number): void {
  if (run.length === 1) {
    const only = run[0] as { ch: string; at: number };
    units.push({ key: `#${only.ch}`, start: only.at, end: only.at + only.ch.length, run: id });
    return;
  }
  for (let j = 0; j + 1 < run.length; j++) {
    const a = run[j] as { ch: string; at: number };
    const b = run[j + 1] as { ch: string; at: number };
    units.push({ key: `#${a.ch}${b.ch}`, start: a.at, end: b.at + b.ch.length, run: id });
  }
}

/** The bigram keys of a run of unspaced text, as `segmentUnits` cuts it. */
export function runBigrams(run: string): string[] {
  const chars = [...run.toLowerCase()];
  if (chars.length === 1) return [`#${chars[0] ?? ''}`];
  const out: string[] = [];
  for (let j = 0; j + 1 < chars.length; j++) out.push(`#${chars[j] ?? ''}${chars[j + 1] ?? ''}`);
  return out;
}
