/**
 * Word boundaries in unspaced text. A catalog word written without spaces that the message holds only
 * inside a longer word is not a mention of it: リップ "lip" in ドリップ "drip", ลิป "lip" in ฟิลิปปินส์
 * "Philippines", 크림 "cream" in 아이스크림 "ice cream", 時計 in 置き時計 "table clock". The message's
 * words come from Intl.Segmenter (ICU's dictionaries for Han, kana and Thai; a Korean word runs from space
 * to space, its particles with it). A stretch inside a longer word still counts when the rest of that word
 * is made of the catalog's own words (耳机 in 蓝牙耳机, 헤드폰 in 블루투스헤드폰, イヤホン in
 * ワイヤレスイヤホン wherever the segmenter cuts it), and in Korean and Japanese whatever follows it in
 * Hangul or hiragana (particles, endings: 케이스는, 時計が).
 * The same holds on the catalog's side: a stretch of a name or keyword must start and end where its
 * words do (ドリップ "drip" is not a word of ヌードリップ "nude lip", リップ is).
 */
import type { Unit } from './entities-product-units.js';

/** A word must have this many characters to vouch for a compound: ICU leaves pieces like ホ, ト of words it does not know. */
const KNOWN_MIN = 2;
const SEGMENTED = new Set(['zh', 'ja', 'th', 'ko']);
const THAI = /\p{Script=Thai}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** What may follow a word inside a longer one: Korean particles and endings, Japanese okurigana and particles. */
const ENDINGS = /^(?:\p{Script=Hangul}+|\p{Script=Hiragana}+)$/u;

interface Span {
  start: number;
  end: number;
}

/** A run of unspaced text of a term: its bigram units in order, its letters, and where its words start and end. */
export interface DenseRun {
  keys: string[];
  /** The run's characters (code points, lower case). */
  chars: string[];
  /** Character offsets where the segmenter starts or ends a word (0 and the length included). */
  cuts: ReadonlySet<number>;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** A word segmenter for the language of unspaced text: the shopper's, or the one the script says. */
function segmenterFor(lang: string, text: string): Intl.Segmenter {
  const use = SEGMENTED.has(lang) ? lang : THAI.test(text) ? 'th' : HANGUL.test(text) ? 'ko' : KANA.test(text) ? 'ja' : 'zh';
  let seg = segmenters.get(use);
  if (!seg) segmenters.set(use, (seg = new Intl.Segmenter(use, { granularity: 'word' })));
  return seg;
}

/**
 * The catalog's words of unspaced text in one language, which vouch for a compound of the message: the
 * runs of its names and keywords, their segments, and, where the segmenter cuts a run next to another
 * catalog word, what is left of it (ゲーミング of ゲ|ー|ミン|グ|ヘッド|セット, given ヘッドセット): it
 * cuts loanwords it does not know anywhere.
 */
export class CatalogWords {
  private readonly words = new Set<string>();
  private readonly runs: { text: string; cuts: number[] }[] = [];

  constructor(private readonly lang: string) {}

  /** Adds a name's or keyword's run of unspaced text. */
  add(run: string): void {
    const text = run.toLowerCase();
    const cuts: number[] = [];
    this.words.add(text);
    for (const s of segmenterFor(this.lang, text).segment(text)) {
      if (s.index > 0) cuts.push(s.index);
      if (s.isWordLike && [...s.segment].length >= KNOWN_MIN) this.words.add(s.segment);
    }
    this.runs.push({ text, cuts });
  }

  /** All the words, once every run is in. */
  finish(): Set<string> {
    for (const { text, cuts } of this.runs) {
      for (const i of cuts) {
        const [head, tail] = [text.slice(0, i), text.slice(i)];
        if (head.length < KNOWN_MIN || tail.length < KNOWN_MIN) continue;
        if (this.words.has(head)) this.words.add(tail);
        if (this.words.has(tail)) this.words.add(head);
      }
    }
    return this.words;
  }
}

/** A term's runs of unspaced text (units as segmentUnits cuts them), with their words' boundaries. */
export function termRuns(lang: string, units: readonly Unit[]): DenseRun[] {
  const runs: { keys: string[]; run: number }[] = [];
  for (const u of units) {
    if (u.run === undefined) continue;
    const last = runs[runs.length - 1];
    if (last?.run === u.run) last.keys.push(u.key);
    else runs.push({ keys: [u.key], run: u.run });
  }
  return runs.map(({ keys }) => {
    const chars = [...keys.map((k, i) => [...k.slice(1)].slice(i === 0 ? 0 : -1).join('')).join('')];
    const text = chars.join('');
    const cuts = new Set([0, chars.length]);
    for (const s of segmenterFor(lang, text).segment(text)) {
      cuts.add([...text.slice(0, s.index)].length);
      cuts.add([...text.slice(0, s.index + s.segment.length)].length);
    }
    return { keys, chars, cuts };
  });
}

/** Whether `text` is a sequence of `known` words. */
function composed(text: string, known: ReadonlySet<string>): boolean {
  const ok = [true];
  for (let end = 1; end <= text.length; end++) {
    ok[end] = false;
    for (let start = 0; start < end && !ok[end]; start++) ok[end] = (ok[start] ?? false) && known.has(text.slice(start, end));
  }
  return ok[text.length] ?? false;
}

/**
 * The units of a term's unspaced runs that a message holds as a word: each stretch of the message
 * matching consecutive units of a run counts as a whole when it is a word, or words, both of the message
 * and of the term. `at`: the positions in `units` (the message's) of the message units that matched each
 * unit of the index.
 */
export function unitsStandingAlone(runs: readonly DenseRun[], at: ReadonlyMap<string, number[]>, units: readonly Unit[], words: MessageWords): Set<string> {
  const out = new Set<string>();
  const holds = (key: string | undefined, p: number) => key !== undefined && (at.get(key)?.includes(p) ?? false);
  const together = (p: number, q: number) => units[p] !== undefined && units[p]?.run === units[q]?.run;
  for (const run of runs) {
    const { keys } = run;
    keys.forEach((key, i) => {
      for (const p of at.get(key) ?? []) {
        // Only from where a stretch starts: not right after the run's previous unit.
        if (i > 0 && together(p - 1, p) && holds(keys[i - 1], p - 1)) continue;
        let k = 0;
        while (i + k + 1 < keys.length && together(p + k, p + k + 1) && holds(keys[i + k + 1], p + k + 1)) k++;
        // A bigram starts at its index in the run and covers two characters (a run of one: one).
        const end = Math.min(i + k + 2, run.chars.length);
        if (!words.standsAlone(units[p]?.start ?? 0, units[p + k]?.end ?? 0) || !words.cutsRun(run, i, end)) continue;
        for (let j = i; j <= i + k; j++) out.add(keys[j] ?? '');
      }
    });
  }
  return out;
}

/** The words of one message, cut when first asked for; answers are kept, since many terms ask the same. */
export class MessageWords {
  private spans: Span[] | undefined;
  private readonly alone = new Map<string, boolean>();
  private readonly known = new Map<string, boolean>();

  /** `words`: the catalog's words in the language (CatalogWords). */
  constructor(private readonly text: string, private readonly lang: string, private readonly words: ReadonlySet<string>) {}

  /** Whether `text[start, end)` is a word of the message, or sits in a longer one only next to catalog words or endings. */
  standsAlone(start: number, end: number): boolean {
    const key = `${start}:${end}`;
    let answer = this.alone.get(key);
    if (answer === undefined) this.alone.set(key, (answer = this.inWords(start, end)));
    return answer;
  }

  /**
   * Whether characters `from` to `to` of a term's run are a word of it, or words: both ends where the
   * segmenter cuts the run or where catalog words meet (ゲーミング|ヘッドセット).
   */
  cutsRun(run: DenseRun, from: number, to: number): boolean {
    const at = (i: number) => run.cuts.has(i) || (this.composed(run.chars.slice(0, i).join('')) && this.composed(run.chars.slice(i).join('')));
    return at(from) && at(to);
  }

  private inWords(start: number, end: number): boolean {
    this.spans ??= [...segmenterFor(this.lang, this.text).segment(this.text)]
      .filter((s) => s.isWordLike)
      .map((s) => ({ start: s.index, end: s.index + s.segment.length }));
    const word = this.spans.find((w) => w.start <= start && end <= w.end);
    if (!word || (word.start === start && word.end === end)) return true;
    const before = this.text.slice(word.start, start).toLowerCase();
    const after = this.text.slice(end, word.end).toLowerCase();
    return (before === '' || this.composed(before)) && (after === '' || ENDINGS.test(after) || this.composed(after));
  }

  private composed(text: string): boolean {
    let answer = this.known.get(text);
    if (answer === undefined) this.known.set(text, (answer = composed(text, this.words)));
    return answer;
  }
}
