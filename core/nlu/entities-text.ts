/**
 * Text helpers shared by the entity extractors: a same-length normalization (so offsets found in
 * it are offsets in the original) and number parsing that knows each locale's separators.
 */
import type { Entity, EntityType } from './types.js';

/** What every extractor reads. `norm` has the same length as `text`. */
export interface ScanInput {
  text: string;
  norm: string;
  /** Base language: `zh`, `en`, `pt`… */
  lang: string;
  /** The caller's locale tag as given (`zh-CN`, `pt-BR`, `en`). */
  locale: string;
}

const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0e50, 0x0966, 0xff10];

/**
 * Maps fullwidth ASCII to ASCII and Arabic-Indic, Persian, Thai and Devanagari digits to 0-9, one
 * UTF-16 unit for one, so that `norm.length === text.length`.
 */
export function normalizeSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const block = DIGIT_BLOCKS.find((b) => c >= b && c <= b + 9);
    if (block !== undefined) out += String.fromCharCode(48 + c - block);
    else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x066b) out += '.'; // Arabic decimal separator
    else if (c === 0x066c) out += ','; // Arabic thousands separator
    else if (c === 0x3000 || c === 0x00a0 || c === 0x202f) out += ' ';
    else if (c === 0xffe5) out += '¥';
    else out += text[i];
  }
  return out;
}

export function makeEntity(type: EntityType, value: unknown, input: ScanInput, start: number, end: number, score = 1): Entity {
  return { type, value, text: input.text.slice(start, end), start, end, score };
}

/** Languages that write 1.234,5 (a comma for decimals); the others write 1,234.5. */
const COMMA_DECIMAL = new Set(['de', 'es', 'fr', 'pt', 'it', 'ru', 'tr', 'id', 'vi']);

/** Languages that group thousands with a space: 1 234,50. */
const SPACE_GROUPS = new Set(['fr', 'ru']);

/** RegExp source of a number as people type it in `lang`: 1,234.50 · 1.234,50 · 29,90 · 1 234 · 12. */
export function numberSource(lang: string): string {
  const groups = SPACE_GROUPS.has(lang) ? "[.,' ]" : "[.,']";
  return String.raw`\d{1,3}(?:${groups}\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?`;
}

/** Parses a number matched by `numberSource(lang)`, reading separators the way `lang` writes them. */
export function parseLocaleNumber(raw: string, lang: string): number | undefined {
  const s = raw.replace(/[' ]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | undefined;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const groups = s.split(sep);
    const looksGrouped = groups.length > 2 || (groups[1]?.length === 3 && (groups[0]?.length ?? 0) <= 3);
    // "1.500" is 1500 where the comma is the decimal mark, 1.5 elsewhere; "1,500" the other way round.
    const commaDecimal = COMMA_DECIMAL.has(lang);
    const isThousands = looksGrouped && (groups.length > 2 || (sep === '.' ? commaDecimal : !commaDecimal));
    decimal = isThousands ? undefined : sep;
  }
  const thousands = decimal === '.' ? ',' : '.';
  let t = s.split(thousands).join('');
  if (decimal === ',') t = t.replace(',', '.');
  if (decimal === undefined) t = t.replace(/[.,]/g, '');
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const CJK_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 兩: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CJK_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
export const CJK_NUMBER_SOURCE = '[零〇一壹二两兩贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬]+';

/** 两 → 2, 十二 → 12, 三千五百 → 3500, 一万二 is not supported (returns 10002, as written). */
export function parseCjkNumber(raw: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of raw) {
    if (ch in CJK_DIGITS) digit = CJK_DIGITS[ch];
    else if (ch in CJK_UNITS) {
      section += (digit ?? 1) * (CJK_UNITS[ch] ?? 1);
      digit = undefined;
    } else if (ch === '万' || ch === '萬') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  const n = total + section + (digit ?? 0);
  return raw.length > 0 ? n : undefined;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
