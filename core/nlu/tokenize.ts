/**
 * Text normalization and word tokenization for the 15 shopmate locales.
 *
 * natural's tokenizers return nothing for Chinese, Japanese and Thai, so those (and any text in
 * those scripts) go through `Intl.Segmenter`; space-delimited scripts use a Unicode word regex.
 */

/** Languages written without spaces between words. */
const SEGMENTED_LANGUAGES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
const SEGMENTED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Languages whose marks are optional in everyday typing: stripped forms are extra features. */
const MARK_OPTIONAL_LANGUAGES = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'vi', 'id', 'tr', 'ru', 'ar']);

/** Languages where `l'heure`, `dell'anno` split into an elided article and a word. */
const ELISION_LANGUAGES = new Set(['fr', 'it', 'ca']);
const ELISION = /^([\p{L}]{1,4}')([\p{L}\p{N}].*)$/u;

const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb\u0060\u00b4\uff07]/g;
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const COMBINING = /\p{M}+/gu;

/** The primary language subtag of a locale, lowercased: `zh-CN` → `zh`. */
export function languageOf(locale: string): string {
  const lang = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(lang) ? lang : 'und';
}

/** True when `locale`'s script has no spaces between words. */
export function isSegmentedLocale(locale: string): boolean {
  return SEGMENTED_LANGUAGES.has(languageOf(locale));
}

/**
 * NFKC, locale-aware lowercase (Turkish dotted/dotless i), one apostrophe, Arabic without
 * tatweel/harakat and with unified alef/yeh forms.
 */
export function normalizeText(text: string, locale: string): string {
  const lang = languageOf(locale);
  let s = text.normalize('NFKC').replace(APOSTROPHES, "'");
  s = lang === 'und' ? s.toLowerCase() : s.toLocaleLowerCase(lang);
  if (lang === 'ar') s = normalizeArabic(s);
  return s;
}

function normalizeArabic(s: string): string {
  return s
    .replace(ARABIC_MARKS, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647');
}

/** `s` without combining marks (`café` → `cafe`, `tiếng` → `tieng`), `ß` → `ss`, `đ` → `d`. */
export function stripMarks(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').replace(/ß/g, 'ss').replace(/đ/g, 'd').replace(/ı/g, 'i').normalize('NFC');
}

/** True when an optional-mark stripped form is worth adding as a feature for `locale`. */
export function marksAreOptional(locale: string): boolean {
  return MARK_OPTIONAL_LANGUAGES.has(languageOf(locale));
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  const lang = languageOf(locale);
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' });
    segmenters.set(lang, seg);
  }
  return seg;
}

/** Word tokens of already-normalized text. */
export function tokenizeNormalized(norm: string, locale: string): string[] {
  if (isSegmentedLocale(locale) || SEGMENTED_SCRIPT.test(norm)) return segmentWords(norm, locale);
  const words = norm.match(WORD) ?? [];
  return ELISION_LANGUAGES.has(languageOf(locale)) ? words.flatMap(splitElision) : words;
}

function segmentWords(norm: string, locale: string): string[] {
  const out: string[] = [];
  for (const part of segmenterFor(locale).segment(norm)) {
    if (part.isWordLike) out.push(part.segment);
  }
  return out;
}

function splitElision(word: string): string[] {
  const m = ELISION.exec(word);
  return m?.[1] && m[2] ? [m[1], m[2]] : [word];
}

/** Normalized word tokens of `text` in `locale` (`tokenize('Where is my order?', 'en')` → `['where','is','my','order']`). */
export function tokenize(text: string, locale: string): string[] {
  return tokenizeNormalized(normalizeText(text, locale), locale);
}
