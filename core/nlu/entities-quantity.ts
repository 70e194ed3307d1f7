/** Quantities: "2 pcs", "x2", "两个", "3個", "두 개", "3 Stück". The value is the count. */
import { CJK_NUMBER_SOURCE, makeEntity, parseCjkNumber, type ScanInput } from './entities-text.js';
import type { Entity } from './types.js';

/** Counting words written after a number, with a space or not. */
const UNIT_WORDS = [
  'pcs?', 'pieces?', 'units?', 'items?', 'pairs?', 'boxes', 'box', 'packs?', 'sets?', 'bottles?',
  'unidades?', 'piezas?', 'pares?', 'cajas?', 'peças?', 'caixas?', 'pièces?', 'unités?', 'paires?', 'boîtes?',
  'stück', 'stk\\.?', 'paar', 'packungen?', 'flaschen?', 'штук[аи]?', 'шт\\.?', 'пар[аы]?', 'упаков(?:ок|ки|ка)',
  'pezzi', 'pezzo', 'paia', 'confezioni', 'confezione', 'chiếc', 'cái', 'đôi', 'hộp', 'bộ', 'gói', 'buah', 'pasang',
  'biji', 'kotak', 'unit', 'adet', 'tane', 'çift', 'kutu', 'paket', 'قطع[ةه]?', 'حب(?:ة|ات)', 'علب[ةه]?',
];
/** Classifiers that follow a number directly in zh/ja/ko/th. */
const CLASSIFIERS = [
  '个', '個', '件', '台', '只', '隻', '盒', '瓶', '双', '雙', '套', '包', '箱', '份', '支', '条', '條', '张', '張', '本', '部',
  '枚', '足', 'つ', 'セット', '개', '장', '켤레', '박스', '병', '세트', '벌', '대', 'ชิ้น', 'อัน', 'คู่', 'กล่อง', 'ขวด', 'ตัว',
];
const KO_NATIVE: Record<string, number> = {
  한: 1, 하나: 1, 두: 2, 둘: 2, 세: 3, 셋: 3, 네: 4, 넷: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10,
};
const JA_NATIVE: Record<string, number> = {
  ひとつ: 1, ふたつ: 2, みっつ: 3, よっつ: 4, いつつ: 5, むっつ: 6, ななつ: 7, やっつ: 8, ここのつ: 9,
};

const DIGITS_UNIT = new RegExp(`(?<![\\d.,])(\\d{1,4})\\s?(?:${UNIT_WORDS.join('|')})(?![\\p{L}])`, 'giu');
const DIGITS_CLASSIFIER = new RegExp(`(?<![\\d.,])(\\d{1,4})\\s?(?:${CLASSIFIERS.join('|')})`, 'gu');
/** 点 counts items in Japanese but tells the hour in Chinese (3点 = three o'clock). */
const JA_TEN = /(?<![\d.,])(\d{1,4})点/gu;
const TIMES_BEFORE = /(?<![\p{L}\d])[x×*]\s?(\d{1,4})(?![\d.,]|\s?[x×]\s?\d)/giu;
const TIMES_AFTER = /(?<![\d.,x×])(\d{1,4})\s?[x×](?![\p{L}\d])/giu;
const CJK_CLASSIFIER = new RegExp(`(${CJK_NUMBER_SOURCE})(?:${CLASSIFIERS.join('|')})`, 'gu');
const KO_COUNT = new RegExp(`(?<![\\p{L}])(${Object.keys(KO_NATIVE).join('|')})\\s?(?:개|장|켤레|병|벌|대|박스|세트)`, 'gu');
const JA_COUNT = new RegExp(`(${Object.keys(JA_NATIVE).join('|')})`, 'gu');

export function extractQuantities(input: ScanInput): Entity[] {
  const out: Entity[] = [];
  const push = (value: number | undefined, start: number, end: number) => {
    if (value !== undefined && value > 0) out.push(makeEntity('quantity', value, input, start, end));
  };
  for (const re of [DIGITS_UNIT, DIGITS_CLASSIFIER, TIMES_BEFORE, TIMES_AFTER]) {
    for (const m of input.norm.matchAll(re)) push(Number(m[1]), m.index, m.index + m[0].length);
  }
  for (const m of input.norm.matchAll(CJK_CLASSIFIER)) push(parseCjkNumber(m[1] ?? ''), m.index, m.index + m[0].length);
  for (const m of input.norm.matchAll(KO_COUNT)) push(KO_NATIVE[m[1] ?? ''], m.index, m.index + m[0].length);
  for (const m of input.norm.matchAll(JA_COUNT)) push(JA_NATIVE[m[1] ?? ''], m.index, m.index + m[0].length);
  if (input.lang === 'ja') for (const m of input.norm.matchAll(JA_TEN)) push(Number(m[1]), m.index, m.index + m[0].length);
  return out;
}

/** Number words shoppers write before what they count, in languages written with spaces ("two phone cases", "zwei Hüllen"). */
const COUNT_WORDS: Record<string, string[]> = {
  en: ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  es: ['', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
  fr: ['', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
  de: ['', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'],
  it: ['', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci'],
  pt: ['', 'uma', 'dois|duas', 'três|tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez'],
  ru: ['', 'одну', 'два|две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять'],
  tr: ['', 'bir', 'iki', 'üç|uc', 'dört|dort', 'beş|bes', 'altı|alti', 'yedi', 'sekiz', 'dokuz', 'on'],
  id: ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'],
  vi: ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
};
/** Words after a number that make it a measure, not a count ("2 m cable", "65 w charger", "2 pack"). */
const MEASURE_AFTER = /^(?:mm|cm|m|km|w|kw|ml|l|g|kg|gb|tb|mah|v|h|hrs?|in|inch(?:es)?|pack|%|gr|lt)$/u;

function countOf(word: string, lang: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  const words = COUNT_WORDS[lang] ?? [];
  // "one" counts nothing worth carrying: a count is two or more.
  const i = words.findIndex((w, n) => n > 1 && w.split('|').includes(word));
  return i > 1 ? i : undefined;
}

/** Whether `word` is `noun` or a plural or case form of it ("cases", "Hüllen", "чехла"). */
function formOf(word: string, noun: string): boolean {
  if (word === noun) return true;
  return noun.length >= 3 && word.length >= noun.length - 2 && word.length <= noun.length + 3 && word.startsWith(noun.slice(0, Math.max(3, noun.length - 2)));
}

/**
 * How many of a product a search asks for when the number stands right before its words ("2 phone cases", "two
 * clear cases", "drei Laufsocken"): `nouns` are the words of the products' names and keywords in the shopper's
 * language. Numbers of a name ("Boom 5 speaker") and measures ("2 m cable") count nothing.
 */
export function countBefore(text: string, locale: string, nouns: ReadonlySet<string>, nameNumbers: ReadonlySet<string> = new Set()): number | undefined {
  const lang = locale.split('-')[0]!.toLowerCase();
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
  const isNoun = (w: string | undefined) => w !== undefined && [...nouns].some((n) => !/^\d+$/.test(n) && formOf(w, n));
  for (let i = 0; i < words.length - 1; i++) {
    const n = countOf(words[i]!, lang);
    const next = words[i + 1]!;
    if (n === undefined || n < 2 || nameNumbers.has(words[i]!) || MEASURE_AFTER.test(next)) continue;
    if (isNoun(next) || (isNoun(words[i + 2]) && !/^\d/.test(next))) return n;
  }
  return undefined;
}
