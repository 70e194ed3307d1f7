/**
 * Fragments. A kana or Thai bigram counts only next to a neighbour of the same term in the message
 * (แก้ได้แล้ว holds the three bigrams of แก้ว "glass", but not together); so does a Vietnamese syllable
 * of a longer term but its head (bàn "table" and đèn "lamp" of "Đèn bàn LED" are apart in "bàn phím có
 * đèn led", a keyboard; son "lipstick" in "son màu đỏ" counts). Vietnamese is matched with its tones
 * when the shopper types them (tắt "off" is not tất "socks"; có "has" is a function word, cơ
 * "mechanical" is not), without them when not, and with no fuzzy spelling: a syllable a letter off is
 * another word (only unaccented loanwords of 5 letters or more take an ending: jean/jeans).
 */
import { SYLLABLE_LANGS } from './entities-product-lang.js';
import { hasMarks, isDense, isPhonetic, markedForm, type Unit } from './entities-product-units.js';

/**
 * The unit sequences whose members count only next to each other: the runs of kana or Thai bigrams,
 * and the syllables of a Vietnamese term of two or more but its head (son "lipstick" in "son màu đỏ"
 * for "Son thỏi lì màu đỏ ruby").
 */
export function fragmentChains(lang: string, seq: Unit[], head: string[]): { sequences: string[][]; chained: Set<string> } {
  const sequences: string[][] = [];
  const chained = new Set<string>();
  if (SYLLABLE_LANGS.has(lang)) {
    const words = seq.filter((u) => !isDense(u.key)).map((u) => u.key);
    if (words.length >= 2) {
      sequences.push(words);
      for (const k of words) if (!head.includes(k)) chained.add(k);
    }
  }
  let run: Unit[] = [];
  const flush = () => {
    if (run.length >= 2 && run.some((u) => isPhonetic(u.key))) {
      sequences.push(run.map((u) => u.key));
      for (const u of run) if (isPhonetic(u.key)) chained.add(u.key);
    }
    run = [];
  };
  for (const u of seq) {
    if (u.run === undefined || (run.length > 0 && run[0]?.run !== u.run)) flush();
    if (u.run !== undefined) run.push(u);
  }
  flush();
  // Most terms have no fragments: they share one empty pair (a catalog holds a term per name and keyword).
  return chained.size === 0 && sequences.length === 0 ? NO_CHAINS : { sequences, chained };
}

const NO_CHAINS: { sequences: string[][]; chained: Set<string> } = { sequences: [], chained: new Set() };

/** Whether the message has `key` next to a unit matching its neighbour in one of the term's sequences. */
export function chainedIn(key: string, sequences: string[][], at: Map<string, number[]>, units: Unit[]): boolean {
  const positions = at.get(key) ?? [];
  const adjacent = (p: number, q: number) => {
    const a = units[p];
    const b = units[q];
    return a !== undefined && b !== undefined && a.run === b.run && isDense(a.key) === isDense(b.key);
  };
  for (const s of sequences) {
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== key) continue;
      const next = s[i + 1];
      const prev = s[i - 1];
      for (const p of positions) {
        if (next !== undefined && adjacent(p, p + 1) && (at.get(next) ?? []).includes(p + 1)) return true;
        if (prev !== undefined && adjacent(p - 1, p) && (at.get(prev) ?? []).includes(p - 1)) return true;
      }
    }
  }
  return false;
}

/** Vietnamese: whether the message writes the syllable with this term's tones somewhere (or with none). */
export function sameTones(forms: Set<string> | undefined, positions: number[], units: Unit[], text: string): boolean {
  return positions.some((p) => {
    const u = units[p];
    if (!u) return false;
    const typed = markedForm(text.slice(u.start, u.end));
    return !hasMarks(typed) || (forms?.has(typed) ?? false);
  });
}

/** Vietnamese: a term's syllables as written, with their tones; added to the language's `all` as well. */
export function toneForms(text: string, seq: readonly Unit[], all: Map<string, Set<string>>): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const u of seq) {
    const typed = markedForm(text.slice(u.start, u.end));
    addForm(all, u.key, typed);
    addForm(forms, u.key, typed);
  }
  return forms;
}

function addForm(map: Map<string, Set<string>>, key: string, form: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(form);
  map.set(key, set);
}
