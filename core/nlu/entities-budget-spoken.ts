/**
 * Amounts as shoppers say them rather than write them: number words ("три тысячи рублей", "unter drei Tausend Euro",
 * "ไม่เกินสามพัน", "삼만원 이하", "di bawah seratus ribu"), words after digits ("3 Tausend", "٣ آلاف", "2 trăm",
 * "3 grand"), colloquial shorthand ("一千五" 1500, "1万5千円", "1tr5", "3만5천원"), a range ("两百多", "3만원대",
 * "3千円台") and the Russian inverted order that makes an amount approximate ("тыщи 3", "тыщи за 3", "штуки 2").
 * The words are in entities-budget-words.ts.
 */
import { NUMBER_WORDS, type NumberWords, type PartKind } from './entities-budget-words.js';
import { parseLocaleNumber } from './entities-text.js';
import { alternatives } from './word-patterns.js';

/** One part of a spoken number as found in the text. */
interface Part {
  kind: PartKind;
  value: number;
  start: number;
  end: number;
  digits: boolean;
  /** The parts before it end with a join that puts the unit first ("fünf-und-zwanzig"). */
  unitFirst: boolean;
  /** A scale said without a count may stand alone ("до тыщи"). */
  alone: boolean;
}

/** A number read from consecutive parts. */
export interface SpokenNumber {
  value: number;
  start: number;
  end: number;
  /** Some part is a word (not only digits). */
  words: boolean;
  /** It holds a scale or multiplier word ("тысяч", "百", "hundred"), so even a small count is a real amount. */
  scaled: boolean;
  /** The place value of its last part (for a range: "两百多" goes up to 300). */
  step: number;
  /** Written as shorthand ("1tr5", "1jt5"), which is money on its own where "1tr" is. */
  shorthand?: true;
}

interface Compiled {
  words: NumberWords;
  token: RegExp;
  gap: RegExp;
  lookup: { re: RegExp; kind: PartKind; value: number; alone: boolean }[];
}

const cache = new Map<string, Compiled | null>();
const LETTER = /\p{L}/u;

function compile(lang: string): Compiled | null {
  const words = NUMBER_WORDS[lang];
  if (!words) return null;
  const lookup: Compiled['lookup'] = [];
  const sources: string[] = [];
  const add = (src: string | undefined, kind: PartKind, value: number) => {
    if (!src) return;
    lookup.push({ re: new RegExp(`^(?:${src})$`, 'iu'), kind, value, alone: kind !== 'scale' || (words.alone ?? []).includes(src) });
    sources.push(...alternatives(src));
  };
  for (const [src, value] of Object.entries(words.units)) add(src, 'unit', value);
  for (const [src, value] of Object.entries(words.muls ?? {})) add(src, 'mul', value);
  for (const [src, value] of Object.entries(words.scales)) add(src, 'scale', value);
  add(words.teen, 'teen', 0);
  add(words.half, 'half', 0);
  add(words.zero, 'zero', 0);
  // Longest first, so that "dreizehn" is not read as "drei" nor "undici" as "un".
  const alt = sources.sort((a, b) => b.length - a.length).join('|');
  const suffix = words.suffix ? `(?:${words.suffix})?` : '';
  const lead = words.prefix ? `(?:(?<=(?:^|[^\\p{L}])(?:${words.prefix}))|(?<![\\p{L}\\p{N}]))` : '(?<![\\p{L}\\p{N}])';
  const word = words.joined ? `(?:${alt})` : `${lead}(?:${alt})${suffix}(?!\\p{L})`;
  const token = new RegExp(`(?<w>${word})|(?<d>\\d+(?:[.,]\\d+)?)`, 'giu');
  const gap = new RegExp(`^(?:${words.tight ? '' : '[\\s-]*'}|\\s*(?<j>${words.joins ?? '(?!)'})\\s*)$`, 'iu');
  return { words, token, gap, lookup };
}

function compiled(lang: string): Compiled | null {
  if (!cache.has(lang)) cache.set(lang, compile(lang));
  return cache.get(lang) ?? null;
}

function partOf(c: Compiled, raw: string, lang: string): Omit<Part, 'start' | 'end' | 'unitFirst'> | undefined {
  if (/^\d/.test(raw)) {
    const value = parseLocaleNumber(raw, lang);
    return value === undefined ? undefined : { kind: 'unit', value, digits: true, alone: true };
  }
  const bare = c.words.suffix ? raw.replace(new RegExp(`(?:${c.words.suffix})$`, 'iu'), '') : raw;
  const hit = c.lookup.find((l) => l.re.test(raw)) ?? c.lookup.find((l) => l.re.test(bare));
  return hit ? { kind: hit.kind, value: hit.value, digits: false, alone: hit.alone } : undefined;
}

/** Runs of number parts with nothing but spaces, hyphens or a joining word between them. */
function runs(norm: string, lang: string): Part[][] {
  const c = compiled(lang);
  if (!c) return [];
  const out: Part[][] = [];
  let run: Part[] = [];
  let lastEnd = -1;
  for (const m of norm.matchAll(c.token)) {
    const info = partOf(c, m[0], lang);
    if (!info) continue;
    const gap = lastEnd < 0 ? null : c.gap.exec(norm.slice(lastEnd, m.index));
    if (!gap && run.length) {
      out.push(run);
      run = [];
    }
    run.push({ ...info, start: m.index, end: m.index + m[0].length, unitFirst: Boolean(gap?.groups?.j && c.words.unitFirst) });
    lastEnd = m.index + m[0].length;
  }
  if (run.length) out.push(run);
  return out;
}

/** The largest power of ten that divides `n` ("twenty" takes a unit, "двести" tens and units). */
function place(n: number): number {
  if (!Number.isInteger(n) || n < 10) return 1;
  let p = 1;
  while (n % (p * 10) === 0) p *= 10;
  return p;
}

/** Whether unit `v` adds to the count `cur` said so far ("twenty" + "five", "двести" + "пятьдесят"). */
function adds(cur: number, v: Part, prev: Part, lang: string): boolean {
  // "500 altı" is "under 500" in Turkish, not 506: words never add to digits.
  if (v.digits || prev.digits) return false;
  if (v.unitFirst) return cur < 10 && v.value % 10 === 0 && v.value < 100;
  // "soixante-quinze", "quatre-vingt-dix".
  if (lang === 'fr' && (cur % 100 === 60 || cur % 100 === 80) && v.value < 20) return true;
  return v.value < place(cur);
}

/** A number being read, part by part. */
class Reading {
  total = 0;
  section = 0;
  cur = 0;
  last = 0;
  /** The place value of the last part: "两百多" ranges up to 300, "10만원대" up to 200 000. */
  step = 1;
  scaled = false;
  words = false;
  /** Tenths of the unit word before a last digit ("一千五"), 0 when none applies; never after a spoken zero. */
  tenths = 0;
  noTenths = false;
  /** A scale said alone ("тыщи"): a count after it is the Russian inverted order, not more of the number. */
  aloneScale = false;
  prev: Part | undefined;
  readonly start: number;
  end: number;

  constructor(first: Part) {
    this.start = first.start;
    this.end = first.start;
  }

  /** Takes `p` into the number; false when it cannot belong to it (then the number ends before it). */
  take(p: Part, lang: string, words: NumberWords): boolean {
    const ok = p.kind === 'unit' ? this.unit(p, lang, words) : p.kind === 'mul' || p.kind === 'scale' ? this.times(p) : this.other(p);
    if (!ok) return false;
    this.words ||= !p.digits;
    this.prev = p;
    this.end = p.end;
    return true;
  }

  private unit(p: Part, lang: string, words: NumberWords): boolean {
    const prev = this.prev;
    if (this.aloneScale || (this.cur !== 0 && !(prev && adds(this.cur, p, prev, lang)))) return false;
    // Thai "ร้อยเอ็ด" is 101: only Chinese-style shorthand counts a last digit in tenths.
    const short = words.shorthand && prev && (prev.kind === 'mul' || prev.kind === 'scale') && p.value < 10 && !(lang === 'th' && p.value === 1);
    this.tenths = short && !this.noTenths ? this.step / 10 : 0;
    this.cur += p.value;
    this.last = p.value;
    this.step = place(p.value);
    return true;
  }

  private times(p: Part): boolean {
    const count = this.section + this.cur;
    if (p.kind === 'mul') {
      if (this.prev?.kind === 'mul' && this.cur === 0) return false;
      // "seratus lima puluh" is 150 (puluh takes the five); "twenty five hundred" 2500.
      this.section += this.cur >= p.value ? this.cur - this.last + this.last * p.value : (this.cur || 1) * p.value;
      this.step = place(this.cur || 1) * p.value;
    } else {
      if (count === 0 && (!p.alone || this.total > 0)) return false;
      this.aloneScale = count === 0;
      this.total += (count || 1) * p.value;
      this.section = 0;
      this.step = place(count || 1) * p.value;
    }
    this.cur = 0;
    this.scaled = true;
    return true;
  }

  private other(p: Part): boolean {
    const prev = this.prev;
    if (p.kind === 'teen') {
      if (!(this.cur > 0 && this.cur < 10) || prev?.digits) return false;
      this.cur += 10;
    } else if (p.kind === 'half') {
      if (!prev || (prev.kind !== 'mul' && prev.kind !== 'scale')) return false;
      this.section += this.step / 2;
    } else this.noTenths = true;
    return true;
  }

  result(): SpokenNumber | undefined {
    if (!this.prev || this.prev.kind === 'zero') return undefined;
    const tenths = this.tenths && this.prev.kind === 'unit' ? this.tenths : 0;
    const cur = tenths ? this.cur * tenths : this.cur;
    return { value: this.total + this.section + cur, start: this.start, end: this.end, words: this.words, scaled: this.scaled, step: tenths || this.step };
  }
}

/** Every number in `norm` said with words in `lang` (digits alone are left to the other readers). */
export function spokenNumbers(norm: string, lang: string): SpokenNumber[] {
  const words = NUMBER_WORDS[lang];
  if (!words) return [];
  const out: SpokenNumber[] = [];
  for (const run of runs(norm, lang)) {
    let reading: Reading | undefined;
    const close = () => {
      const r = reading?.result();
      if (r && r.words && r.value > 0) out.push(r);
      reading = undefined;
    };
    for (const p of run) {
      reading ??= new Reading(p);
      if (reading.take(p, lang, words)) continue;
      close();
      reading = new Reading(p);
      if (!reading.take(p, lang, words)) reading = undefined;
    }
    close();
  }
  return out.filter((n) => edgesClear(norm, n, words));
}

/** Words run together must still stand apart from the words around them: "dreimal" and "helfen" hold no number. */
function edgesClear(norm: string, n: SpokenNumber, words: NumberWords): boolean {
  if (!words.joined || /[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f]/u.test(norm.slice(n.start, n.end))) return true;
  const before = norm[n.start - 1] ?? ' ';
  if (/[\uac00-\ud7a3]/u.test(norm.slice(n.start, n.end))) return !/[\uac00-\ud7a3]/u.test(before);
  return !LETTER.test(before) && !LETTER.test(norm[n.end] ?? ' ');
}

/**
 * Latin shorthand a trailing digit completes: "1tr5" (1.5 million dong), "2k5", "1jt5". Chinese, Thai and Korean
 * ("1万5", "สองพันห้า", "1만5") are read with their number words (`shorthand` in entities-budget-words.ts).
 */
const TRAILING: Record<string, [string, number][]> = {
  vi: [['tr|triệu|củ', 1e6], ['k|nghìn|ngàn', 1e3]],
  id: [['jt|juta', 1e6], ['rb|ribu', 1e3]],
  zh: [['w', 1e4], ['k', 1e3]],
  ru: [['к|тыс', 1e3]],
};

/** "1tr5", "1万5": a count, a shorthand unit, and one digit that is a tenth of it. */
export function trailingShorthand(norm: string, lang: string): SpokenNumber[] {
  const units = TRAILING[lang];
  if (!units) return [];
  const out: SpokenNumber[] = [];
  for (const [src, unit] of units) {
    const re = new RegExp(`(?<![\\d.,\\p{Script=Latin}\\p{Script=Cyrillic}])(\\d{1,3})\\s?(?:${src})(\\d)(?![\\d\\p{Script=Latin}\\p{Script=Cyrillic}])`, 'giu');
    for (const m of norm.matchAll(re)) {
      out.push({ value: Number(m[1]) * unit + Number(m[2]) * (unit / 10), start: m.index, end: m.index + m[0].length, words: true, scaled: true, step: unit / 10, shorthand: true });
    }
  }
  return out;
}

/** The end of a range marker right after `end` ("两百多", "3만원대"), or undefined. */
export function rangeAfter(norm: string, end: number, lang: string): number | undefined {
  const marker = NUMBER_WORDS[lang]?.range;
  if (!marker) return undefined;
  const m = new RegExp(`^(?:${marker})`, 'u').exec(norm.slice(end));
  return m ? end + m[0].length : undefined;
}

/** A number said in the Russian inverted order: about that much. */
export interface InvertedAmount extends SpokenNumber {
  /** The currency word that came first ("рублей 500"), when it was one rather than a thousand word. */
  currencyWord?: string;
  /** "Штуки 2" may be two pieces as well as 2000 roubles: money only next to money words. */
  loose: boolean;
}

/**
 * "тыщи 3", "тыщи за 3", "до штуки 2", "рублей 500": Russian puts the unit first to say "about". The number after it
 * (digits or words) with the unit's value: the thousand words multiply, a currency word leaves the amount as it is.
 */
export function invertedAmounts(norm: string, lang: string): InvertedAmount[] {
  if (lang !== 'ru') return [];
  const out: InvertedAmount[] = [];
  const said = spokenNumbers(norm, lang);
  const re = /(?<![\p{L}\d])(?:(?<k>тыщ[аиу]?|тысяч[аиу]?|штук[аиу]|косар[яьи])|(?<c>рубл(?:ей|я)|баксов|долларов|евро))\s+(?:за\s+|на\s+|где-?то\s+)?(?=\S)/giu;
  for (const m of norm.matchAll(re)) {
    const at = m.index + m[0].length;
    const digits = /^\d+(?:[.,]\d+)?(?![\d\p{L}])/u.exec(norm.slice(at));
    const word = digits ? undefined : said.find((n) => n.start === at && !n.scaled);
    const count = digits ? parseLocaleNumber(digits[0], lang) : word?.value;
    const end = digits ? at + digits[0].length : word?.end;
    if (count === undefined || end === undefined || count <= 0 || count >= 1000) continue;
    const k = m.groups?.k;
    out.push({
      value: k ? count * 1000 : count, start: m.index, end, words: true, scaled: Boolean(k), step: k ? 1000 : place(count),
      loose: Boolean(k?.toLowerCase().startsWith('штук')), ...(k ? {} : { currencyWord: m.groups?.c ?? '' }),
    });
  }
  return out;
}

/** Numbers in digits right before a range marker ("200多", "3000円台"), which the spoken reader leaves alone. */
export function digitsBeforeRange(norm: string, lang: string): SpokenNumber[] {
  if (!NUMBER_WORDS[lang]?.range) return [];
  return [...norm.matchAll(/(?<![\d.,])\d+(?![\d.,])/gu)].map((m) => {
    const value = Number(m[0]);
    return { value, start: m.index, end: m.index + m[0].length, words: false, scaled: false, step: place(value) };
  });
}

/** "за тыщу": a Russian thousand word said alone after "за" (for) is an amount of money. */
export function afterForWord(norm: string, start: number, lang: string): boolean {
  return lang === 'ru' && /(?<![\p{L}])(?:за|на)\s+$/iu.test(norm.slice(Math.max(0, start - 10), start));
}
