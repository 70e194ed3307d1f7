/** Cutting text into match units for the product index, and the string distances it uses. */

export interface Unit {
  /** A folded word, or `#` + a character bigram of a script written without spaces. */
  key: string;
  start: number;
  end: number;
}

/** Scripts written without spaces between words (Hangul is spaced, but particles stick to nouns). */
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー]/u;
const WORDY = /[\p{L}\p{M}\p{N}]/u;

/** Lower case, no accents (é → e, ı → i), Arabic letter variants unified and the article dropped. */
export function foldWord(word: string): string {
  let w = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i').replace(/ß/g, 'ss');
  if (/\p{Script=Arabic}/u.test(w)) {
    w = w.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
    if (w.length > 4) w = w.replace(/^(?:[وفبلك]?ال|[وف])/u, '');
  }
  return w;
}

export function segmentUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const chars = [...text];
  let offset = 0;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (DENSE.test(ch)) {
      const run: { ch: string; at: number }[] = [];
      while (i < chars.length && DENSE.test(chars[i] as string)) {
        run.push({ ch: (chars[i] as string).toLowerCase(), at: offset });
        offset += (chars[i] as string).length;
        i++;
      }
      pushBigrams(units, run);
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

function pushBigrams(units: Unit[], run: { ch: string; at: number }[]): void {
  if (run.length === 1) {
    const only = run[0] as { ch: string; at: number };
    units.push({ key: `#${only.ch}`, start: only.at, end: only.at + only.ch.length });
    return;
  }
  for (let j = 0; j + 1 < run.length; j++) {
    const a = run[j] as { ch: string; at: number };
    const b = run[j + 1] as { ch: string; at: number };
    units.push({ key: `#${a.ch}${b.ch}`, start: a.at, end: b.at + b.ch.length });
  }
}

/** Padded character bigrams of a word, for finding near spellings (a swap keeps the ends). */
export function spellingGrams(word: string): string[] {
  const s = `^${word}$`;
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2));
  return [...out];
}

/** Optimal-string-alignment distance; returns `max + 1` as soon as it must exceed `max`. */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
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
