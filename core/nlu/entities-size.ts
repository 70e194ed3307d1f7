/**
 * The size a shopper asks for in a search, in the 15 languages: "running shoes in size 42", "42码的跑鞋", "Laufschuhe
 * in Größe 42", "zapatillas del 42", "US 9", "26.5cm", "260 사이즈", "hoodie in XL", "Lサイズ", "XL beden".
 *
 * A number counts as a size only beside a size word ("size", "码", "サイズ", "사이즈", "talla", "pointure", "Größe",
 * "размер", "numara"…) or a size system ("EU 42", "9 US", "UK 8", "26.5cm", "260mm"): "2 phone cases" and "Air 3"
 * ask no size. Letter sizes count alone when they cannot be anything else (XS, XL, XXL, 3XL); S, M and L only beside a
 * size word ("size M", "M码", "taglia L"). US and UK count before or after a number only in capitals ("send us 2").
 */
import { languageOf } from './tokenize.js';

/** The system a size is given in: EU, US or UK shoe sizes, a foot length (cm, mm), or none said. */
export type SizeSystem = 'eu' | 'us' | 'uk' | 'cm' | 'mm';

export type AskedSize =
  | { kind: 'number'; value: number; system: SizeSystem | null; text: string }
  | { kind: 'letter'; letter: string; text: string };

/**
 * Size words per base language: `before` a number or letter ("size 42", "talla M"), `after` it ("42码", "42 numara"),
 * `weak` prepositions before a number that make it a size only when it could be one (16 or more, no word after it:
 * "in 42?", "du 42", "del 42", but not "in 2 days"), `letters` after a letter size ("L号", "Lサイズ").
 */
const SIZE_WORDS: Record<string, { before: string; after: string; weak?: string; letters?: string }> = {
  en: { before: 'sizes?|sz', after: 'size|sizes|sz', weak: 'in|in an?' },
  zh: { before: '尺码|尺碼|鞋码|鞋碼|码数|碼數|尺寸|size', after: '码|碼|size|尺码|尺碼', weak: '穿', letters: '码|碼|号|號' },
  ja: { before: 'サイズ|size', after: 'サイズ|size', letters: 'サイズ' },
  ko: { before: '사이즈|size|치수', after: '사이즈|size', letters: '사이즈' },
  es: { before: 'tallas?|talle|n[uú]meros?|n[º°]', after: 'talla', weak: 'del|de la|en|la|el' },
  fr: { before: 'tailles?|pointures?', after: 'taille|pointure', weak: 'du|en|le' },
  de: { before: 'gr(?:ö|oe|o)(?:ß|ss)en?|gr\\.', after: 'gr(?:ö|oe|o)(?:ß|ss)en?', weak: 'in' },
  ru: { before: 'размер(?:а|е|ом|ы|ов)?|р-?р|р\\.', after: '(?:-?г?о)?\\s*размер(?:а|е|ом|ы|ов)?|р-?р' },
  pt: { before: 'tamanhos?|n[uú]meros?|tam\\.?|n[º°]', after: 'tamanho', weak: 'do|da|no|o' },
  it: { before: 'tagli[ae]|numer[oi]|misur[ae]|n\\.', after: 'taglia', weak: 'il|nel|da|in' },
  th: { before: 'ไซส์|ไซซ์|ไซต์|ไซด์|size|เบอร์|ขนาด', after: 'ไซส์|ไซซ์|size' },
  vi: { before: 'size|sz|c[ỡo]|s[ốo]', after: 'size' },
  id: { before: 'ukuran|size|uk|nomor|no\\.?', after: 'size' },
  ar: { before: 'مقاس(?:ات)?|المقاس|قياس|نمر[ةه]|سايز|رقم', after: 'مقاس|سايز' },
  tr: { before: 'numara|beden|no', after: 'numara(?:m|l[ıi]|da|y[ıi])?|beden(?:im|de|i)?|no' },
};

const NUMBER = '(\\d{1,3}(?:[.,]5)?)';
/** Systems said before or after a number; us and uk only in capitals (checked on the original text). */
const SYSTEM = '(eu|eur|euro|us|usa|uk)';
/** Foot lengths: cm in every script shoppers type it, mm (Korean sizes, "260mm"). */
const LENGTH = '(cm|mm|センチ|公分|厘米|센치|센티|미리|밀리|ซม\\.?|см|мм)';
const LETTERS = '(xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)';
/** Letter sizes that are nothing else: counted without a size word (in unspaced text, beside any but Latin letters). */
const SURE_LETTERS = /(?<![\p{L}\p{N}])(xxs|xs|xl|xxl|xxxl|[2-5]xl)(?![\p{L}\p{N}])/iu;
const SURE_LETTERS_UNSPACED = /(?<![a-z\p{N}])(xxs|xs|xl|xxl|xxxl|[2-5]xl)(?![a-z\p{N}])/iu;

interface Compiled {
  before: RegExp;
  weak: RegExp | undefined;
  after: RegExp;
  system: RegExp;
  length: RegExp;
  letterBefore: RegExp;
  letterAfter: RegExp;
}

const patterns = new Map<string, Compiled>();

function compiled(lang: string): Compiled {
  const cached = patterns.get(lang);
  if (cached) return cached;
  const words = SIZE_WORDS[lang] ?? SIZE_WORDS.en!;
  const spaced = !['zh', 'ja', 'ko', 'th'].includes(lang);
  const [lead, tail] = spaced ? ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'] : ['(?<![a-z\\p{N}])', '(?![a-z\\p{N}])'];
  const num = `${NUMBER}(?![\\p{N}]|[.,]\\d)`;
  const c: Compiled = {
    // "size 42", "size EU 42", "talla 42 eu", "サイズ26.5cm": groups system, number, system, length.
    before: new RegExp(`${lead}(?:${words.before})\\s*[:#.]?\\s*(?:${SYSTEM}\\s*)?${num}(?:\\s*${SYSTEM}(?![\\p{L}]))?(?:\\s*${LENGTH})?`, 'giu'),
    // "in 42?", "du 42", "穿42的": nothing but punctuation, a particle or the end after the number.
    weak: words.weak ? new RegExp(`${lead}(?:${words.weak})\\s*${num}(?=\\s*(?:$|[?？!！.,。、)]|的|吗|嗎|呢|o|ou|or|oder|и|e|y|et))`, 'giu') : undefined,
    after: new RegExp(`(?<![\\p{N}.,])${num}\\s*-?\\s*(?:${words.after})${spaced ? tail : ''}`, 'giu'),
    system: new RegExp(`(?<![\\p{L}])(?:${SYSTEM}\\s*${num}|${num}\\s*${SYSTEM})(?![\\p{L}\\p{N}])`, 'giu'),
    length: new RegExp(`(?<![\\p{N}.,])${num}\\s*${LENGTH}(?![a-z])`, 'giu'),
    letterBefore: new RegExp(`${lead}(?:${words.before})\\s*[:#.]?\\s*${LETTERS}(?![\\p{L}\\p{N}])`, 'giu'),
    letterAfter: new RegExp(`(?<![\\p{L}\\p{N}])${LETTERS}\\s*-?\\s*(?:${words.letters ?? words.after})${spaced ? tail : ''}`, 'giu'),
  };
  patterns.set(lang, c);
  return c;
}

const toNumber = (s: string): number => Number(s.replace(',', '.'));

/** A system word as said; undefined for "us"/"uk" not in capitals ("give us 2" is no US size). */
function systemOf(word: string | undefined): SizeSystem | null | undefined {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === 'eu' || w === 'eur' || w === 'euro') return 'eu';
  if (word !== word.toUpperCase()) return undefined;
  return w === 'uk' ? 'uk' : 'us';
}

function lengthOf(word: string | undefined): SizeSystem | null {
  if (!word) return null;
  return /^(?:mm|미리|밀리|мм)$/iu.test(word) ? 'mm' : 'cm';
}

/** A foot length: 20-32 cm, 200-320 mm ("a 2 m cable" or "30 cm wide" is no shoe size). */
const footLength = (value: number, system: SizeSystem | null): boolean =>
  (system === 'cm' && value >= 20 && value <= 32) || (system === 'mm' && value >= 200 && value <= 320);

/** A bare number beside a size word from 200 to 320 is a Korean size, in millimetres (260). */
const implied = (value: number): SizeSystem | null => (value >= 200 && value <= 320 ? 'mm' : null);

type Found = AskedSize & { at: number };

function numbers(text: string, c: Compiled): Found[] {
  const found: Found[] = [];
  const push = (value: number, system: SizeSystem | null, m: RegExpMatchArray) =>
    found.push({ kind: 'number', value, system, text: m[0].trim(), at: m.index ?? 0 });
  for (const m of text.matchAll(c.before)) {
    const system = systemOf(m[1] ?? m[3]);
    const value = toNumber(m[2]!);
    const length = lengthOf(m[4]);
    if (system !== undefined && (!length || footLength(value, length))) push(value, system ?? length ?? implied(value), m);
  }
  for (const m of c.weak ? text.matchAll(c.weak) : []) {
    const value = toNumber(m[1]!);
    if (value >= 16) push(value, implied(value), m);
  }
  for (const m of text.matchAll(c.after)) push(toNumber(m[1]!), implied(toNumber(m[1]!)), m);
  for (const m of text.matchAll(c.system)) {
    const system = systemOf(m[1] ?? m[4]);
    if (system) push(toNumber(m[2] ?? m[3]!), system, m);
  }
  for (const m of text.matchAll(c.length)) {
    const value = toNumber(m[1]!);
    const system = lengthOf(m[2]);
    if (footLength(value, system)) push(value, system, m);
  }
  return found;
}

/** The size a message asks for, or undefined; the first one said. */
export function askedSize(text: string, locale: string): AskedSize | undefined {
  const lang = languageOf(locale);
  const c = compiled(lang);
  const found = numbers(text, c);
  for (const re of [c.letterBefore, c.letterAfter]) {
    for (const m of text.matchAll(re)) found.push({ kind: 'letter', letter: m[1]!.toUpperCase(), text: m[0].trim(), at: m.index });
  }
  const sure = (['zh', 'ja', 'ko', 'th'].includes(lang) ? SURE_LETTERS_UNSPACED : SURE_LETTERS).exec(text);
  if (sure) found.push({ kind: 'letter', letter: sure[1]!.toUpperCase(), text: sure[0], at: sure.index });
  const first = found.sort((a, b) => a.at - b.at || b.text.length - a.text.length)[0];
  if (!first) return undefined;
  const { at: _at, ...size } = first;
  return size;
}
