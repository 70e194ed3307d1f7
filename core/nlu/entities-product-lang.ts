/**
 * Per-language tables of the product matcher: which side of a noun phrase its head noun sits on, the
 * words that link a modifier to it, and the function words that are no part of a term. Articles,
 * conjunctions and plain prepositions (de, the, для) are not units of a term: "de las zapatillas" is no
 * more of "Zapatillas de running" than "zapatillas"; with/without words (con/sin, com/sem) stay, they
 * change what the product is.
 */
import { foldWord, hasMarks, markedForm } from './entities-product-units.js';

/**
 * Languages whose words are told apart by their accents (Vietnamese tones): matched with them when the
 * shopper types them, and so are their function words: có "has" is one, cổ "collar" and cơ
 * "mechanical" are not, though all fold to "co".
 */
export const MARKED_LANGS: ReadonlySet<string> = new Set(['vi']);
/** Languages written a syllable per word: a syllable of a longer term counts next to its neighbours. */
export const SYLLABLE_LANGS: ReadonlySet<string> = new Set(['vi']);

/** Which side of a noun phrase its head noun sits on, per base language (words of spaced scripts). */
const HEAD_FIRST = new Set(['es', 'fr', 'pt', 'it', 'ca', 'gl', 'ro', 'vi', 'id', 'ms', 'tl', 'th', 'ar', 'he', 'fa', 'ur', 'sw']);
const HEAD_LAST = new Set(['en', 'de', 'nl', 'sv', 'da', 'no', 'nb', 'fi', 'et', 'hu', 'ru', 'uk', 'be', 'bg', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'el', 'lt', 'lv', 'tr', 'az', 'kk', 'uz', 'ja', 'zh', 'ko', 'hi', 'bn', 'mr', 'ta', 'te']);

/** `first` (Romance, Vietnamese, Indonesian, Thai, Arabic), `last` (English, German, Slavic, Turkish, CJK), or undefined. */
export function headSide(lang: string): 'first' | 'last' | undefined {
  return HEAD_FIRST.has(lang) ? 'first' : HEAD_LAST.has(lang) ? 'last' : undefined;
}

/**
 * Words that start a modifier after the head noun ("Case with Card Slots", "Funda de piel",
 * "Чехол для телефона"): the head is looked for before them. Not for languages whose modifiers come
 * first (Turkish "cilt için krem").
 */
const LINKS: Record<string, string> = {
  en: 'with without for of from in by', de: 'mit ohne fur von aus zum zur', nl: 'met zonder voor van',
  ru: 'с со для без из от на', uk: 'з із для без від на', pl: 'z ze do dla bez na',
  es: 'de del con sin para por en a al', fr: 'de du des d avec sans pour en a au aux', pt: 'de do da dos das com sem para em no na a ao',
  it: 'di del dello della dei degli delle da dal dalla con senza per in a al alla', ca: 'de del amb sense per', ro: 'de cu fara pentru din',
  id: 'untuk dengan dari tanpa yang', ms: 'untuk dengan dari tanpa yang', vi: 'cho với của có bằng', ar: 'مع من بدون في ل',
};
/** Articles and conjunctions: never a head noun (nor are NEVER_HEADS, below). */
const STOPS: Record<string, string> = {
  en: 'the a an and or to', de: 'der die das den dem des ein eine einen und oder', nl: 'de het een en of',
  es: 'el la los las un una unos unas y e o u', fr: 'le la les l un une et ou', pt: 'o a os as um uma e ou',
  it: 'il lo la i gli le l un una uno e o', ca: 'el la els les un una i o', ro: 'si sau', ru: 'и или', uk: 'і та або', pl: 'i oraz lub',
  tr: 've ile icin bir veya', id: 'dan atau', ms: 'dan atau', vi: 'và hoặc', ar: 'و او',
};
const table = (src: Record<string, string>, form: (w: string) => string) =>
  new Map(Object.entries(src).map(([lang, words]) => [lang, new Set(words.split(' ').map(form))]));
const LINK_WORDS = table(LINKS, foldWord);
const STOP_WORDS = table(STOPS, foldWord);
const MARKED_LINKS = table(LINKS, markedForm);
const MARKED_STOPS = table(STOPS, markedForm);

/** Whether a word (folded `key`, and as `typed`) is in a table: by its accents in Vietnamese when it has any. */
function inTable(folded: Map<string, Set<string>>, marked: Map<string, Set<string>>, lang: string, key: string, typed?: string): boolean {
  if (MARKED_LANGS.has(lang) && typed !== undefined && hasMarks(typed)) return marked.get(lang)?.has(markedForm(typed)) ?? false;
  return folded.get(lang)?.has(key) ?? false;
}

/** Links that change what the product is ("fone com fio" / "fone sem fio"): they keep their weight. */
const WITH_WITHOUT = new Set(
  'with without mit ohne met zonder с со без з із z ze bez con sin avec sans com sem senza amb sense cu fara dengan tanpa voi مع بدون'.split(' ').map(foldWord),
);

/** A word that starts a modifier after the head noun (LINKS). */
export function isLinkWord(lang: string, key: string, typed?: string): boolean {
  return inTable(LINK_WORDS, MARKED_LINKS, lang, key, typed);
}

/** Size and grade words that come before the noun even in head-first languages ("mini altavoz"). */
const NEVER_HEADS = new Set(['mini', 'maxi', 'micro', 'mega', 'super', 'ultra', 'extra', 'multi', 'pro', 'plus', 'max', 'lite']);

/** A word that is never a head noun: articles, conjunctions, links, size and grade words. */
export function isStopWord(lang: string, key: string, typed?: string): boolean {
  return NEVER_HEADS.has(key) || inTable(STOP_WORDS, MARKED_STOPS, lang, key, typed) || isLinkWord(lang, key, typed);
}

/** Articles, conjunctions and plain prepositions: no weight in a term ("de las zapatillas" is not more of "Zapatillas de running"). */
export function isFunctionWord(lang: string, key: string, typed?: string): boolean {
  return (inTable(STOP_WORDS, MARKED_STOPS, lang, key, typed) || isLinkWord(lang, key, typed)) && !WITH_WITHOUT.has(key);
}

/** Articles, conjunctions and prepositions, "with" and "without" included: no evidence of which product a message means. */
export function isGrammarWord(lang: string, key: string, typed?: string): boolean {
  return inTable(STOP_WORDS, MARKED_STOPS, lang, key, typed) || isLinkWord(lang, key, typed);
}
