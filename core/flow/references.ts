/**
 * "The second one", "the leather one", "both": the products the bot has just shown, named by their place, by what
 * tells them apart, or several at once.
 *
 * The runtime remembers the product cards of the last turn that showed any (`DialogueState.shown`, in the
 * order the shopper saw them, at most five per message as the renderer shows them). A message with an
 * `ordinal` entity within a few turns of that list gets the product at that position as its first
 * `product` entity, so `entities.product` and `ask: { entity: product }` see it. When the message is little
 * more than the reference ("the second one", "第二个多少钱", "ikincisi lütfen") and its intent is not a sure
 * one, or was not understood, and its intent is not one that already reads a product, the intent becomes
 * the bot's `list_reference.intent` (product details in the demo): "the second one" was otherwise taken
 * for a complaint. A word of one shown product's name or attributes, used to point at it ("the leather one",
 * "透明的那个", "die aus Leder"), names it the same way; "both", "all three", "两个一共多少钱" name all the products
 * shown, and "2 of the second one" one of them twice: such a basket starts `severalIntent` (the demo's purchase,
 * which gives each price and the total).
 */
import type { Entity } from '../nlu/types.js';
import type { Product } from '../shop/types.js';
import type { Understanding } from './understanding.js';
import { splitUnit, valueSlug } from '../i18n/attributes.js';
import { attributeQuestions } from '../nlu/entities-attribute.js';
import { asksProductPrice } from '../nlu/entities-price-question.js';
import { asksComparison, asksToCompare } from '../nlu/entities-compare.js';
import { countBefore, findPointers, readSeveral, referenceText } from '../nlu/entities-ordinal.js';
import { asksSuperlative } from '../nlu/entities-budget-rank.js';
import { languageOf, tokenize, tokenizeNormalized } from '../nlu/tokenize.js';


/** Cards per message the renderer shows (core/pipeline/stages/render.ts). */
export const CARDS_PER_MESSAGE = 5;
/** Words besides the reference that still make a message "just the reference" ("I'll take the second one please"). */
const MAX_OTHER_WORDS = 3;

export interface ListReferenceOptions {
  /** Intent a bare reference starts; none: only the product entity is added. */
  intent?: string | undefined;
  /**
   * Intent several products at once ("both", "how much for both?") or one several times ("2 of the second one")
   * start; none: they only get the product entities, and a quantity then starts `intent`.
   */
  severalIntent?: string | undefined;
  /** Intents that already read `entities.product`, kept when confident. */
  keepIntents: readonly string[];
  /**
   * Intents a short question about a property of the product on screen is taken from however sure the
   * classifier is ("do you have it in black?" reads like a search): it is about that product.
   */
  followUpOver?: readonly string[];
  /** A list shown more than this many shopper messages ago is forgotten. */
  withinTurns: number;
  /** The bot's threshold: an intent below it counts as not understood. */
  threshold: number;
  /** At or above this (the bot's digression threshold) an intent is kept whatever the message's length. */
  sure: number;
}

export interface ShownList {
  ids: string[];
  /** `DialogueState.turns` when it was shown. */
  turn: number;
}

/** The product ids of `outputs`, in the order their cards were shown, each once. */
export function shownProducts(outputs: readonly { products?: unknown[] }[]): string[] {
  const ids: string[] = [];
  for (const o of outputs) {
    for (const item of (o.products ?? []).slice(0, CARDS_PER_MESSAGE)) {
      const id = typeof item === 'string' ? item : (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** The products of the list shown, while it is fresh. */
function freshList(state: { shown?: ShownList | undefined; turns?: number | undefined }, options: ListReferenceOptions): string[] {
  const shown = state.shown;
  if (!shown?.ids.length || (state.turns ?? 0) - shown.turn > options.withinTurns) return [];
  return shown.ids;
}

/** What a message refers to: the products, how many of each, the words that refer, and what else it says. */
interface Referred {
  ids: string[];
  quantity: number;
  text: string;
  /** Where the words that refer are in the message, when they were read there (an ordinal entity's span). */
  at?: { start: number; end: number };
  /** The message without the words that refer, and how many words that is. */
  rest: string;
  others: number;
  /** Entities of the reference's own words, dropped ("二个" in "第二个" is no quantity). */
  spent?: (e: Entity) => boolean;
}

/**
 * An understanding a reference resolved. `rest`, set when it goes to the reference's own intent: the message without
 * the words that refer, which that intent's flow reads as `text` ("the leather one" asks nothing about leather).
 */
export type Resolved<U extends Understanding> = U & { rest?: string };

/** The understanding with the referred products (and quantity), and the intent the reference starts unless the message says more. */
function refer<U extends Understanding>(u: U, r: Referred, text: string, locale: string, waiting: boolean, options: ListReferenceOptions): Resolved<U> {
  const products: Entity[] = r.ids.map((id) => ({ type: 'product', value: id, text: r.text, start: r.at?.start ?? 0, end: r.at?.end ?? 0, score: 1 }));
  const quantity: Entity[] = r.quantity > 1 ? [{ type: 'quantity', value: r.quantity, text: String(r.quantity), start: 0, end: 0, score: 1 }] : [];
  const kept = u.entities.filter((e) => !r.spent?.(e) && !(quantity.length && e.type === 'quantity'));
  const referred: U = { ...u, entities: [...products, ...quantity, ...kept] };
  const several = r.ids.length > 1 || r.quantity > 1;
  const intent = several ? options.severalIntent ?? (r.ids.length > 1 ? undefined : options.intent) : options.intent;
  if (waiting || !intent) return referred;
  const understood = u.intent !== null && u.confidence >= options.threshold;
  // "How much for both?" read as a question about one product is about the basket; "are both waterproof?" stays one.
  // The words that point ("3 of the black one") ask nothing: only the rest may ask a property.
  const generic = several && u.intent === options.intent && attributeQuestions(r.rest ?? text, locale).length === 0;
  // "The second one arrived broken" is a complaint about it; "the second one" alone (a complaint at 0.53) is not.
  // "両方でいくら？" asks the price of both, however sure the classifier is of shipping.
  const price = several && asksProductPrice(text, locale);
  const keep = understood && ((options.keepIntents.includes(u.intent!) && !generic)
    || (!price && r.others > 0 && (u.confidence >= options.sure || r.others > MAX_OTHER_WORDS)));
  if (keep && u.intent !== intent) return referred;
  // The reference's own intent reads the rest ("is the leather one waterproof?" asks about water only).
  if (keep) return { ...referred, rest: r.rest };
  return { ...referred, intent, confidence: 1, ranking: [{ intent, confidence: 1 }, ...u.ranking], offTopic: false, rest: r.rest };
}

/** `text` without `norm`'s span from `start` to `end`, in the shopper's own writing when the reading kept its length. */
function without(text: string, norm: string, start: number, end: number): string {
  const source = norm.length === text.length ? text : norm;
  return `${source.slice(0, start)} ${source.slice(end)}`.replace(/\s+/g, ' ').trim();
}

/**
 * The understanding with the referred product, or `undefined` when the message refers to nothing shown.
 * `waiting`: a question is pending, whose answer the reference may be; the intent is then left alone.
 */
export function resolveListReference<U extends Understanding>(
  u: U, state: { shown?: ShownList | undefined; turns?: number | undefined }, text: string, locale: string, waiting: boolean, options: ListReferenceOptions,
): Resolved<U> | undefined {
  const ids = freshList(state, options);
  if (!ids.length || u.forced) return undefined;
  const ordinal = u.entities.find((e) => e.type === 'ordinal');
  if (!ordinal || u.entities.some((e) => e.type === 'product')) return undefined;
  const position = Number(ordinal.value);
  const id = position === -1 ? ids.at(-1) : ids[position - 1];
  if (!id) return undefined;
  const inside = (e: Entity) => e.start < ordinal.end && ordinal.start < e.end;
  // "2 of the second one", "两个第二个", "두 번째 거 2개".
  const count = countBefore(text.slice(0, ordinal.start)) ?? u.entities.find((e) => e.type === 'quantity' && !inside(e))?.value;
  const quantity = typeof count === 'number' && count > 1 ? count : 1;
  const rest = without(text, text, ordinal.start, ordinal.end);
  const spent = (e: Entity) => (e.type === 'quantity' || e.type === 'number') && (inside(e) || quantity > 1);
  const referred = { ids: [id], quantity, text: ordinal.text, at: ordinal, rest, others: tokenize(rest, locale).length, spent };
  return refer(u, referred, text, locale, waiting, options);
}

/** A shown product and the words that may name it among the others: words of its names and of its attribute values. */
export interface ShownProduct {
  id: string;
  words: string[];
}

/** What references read about the products shown: the catalog, and the bot's words for attribute values. */
export interface ReferenceLookup {
  product(id: string): Promise<Product | null>;
  /** The text of `key` in `locale` (`attributes.values.black`), or undefined when the locale files lack it. */
  words(locale: string, key: string): string | undefined;
}

/** Words in product names that point at nothing ("with", "para", "avec"); shorter words are left out anyway. */
const NAME_GLUE = new Set([
  'with', 'for', 'and', 'the', 'from', 'pack', 'del', 'los', 'las', 'con', 'para', 'por', 'sin', 'una', 'les', 'des', 'avec', 'pour', 'sans',
  'der', 'die', 'das', 'und', 'mit', 'fur', 'ohne', 'aus', 'von', 'den', 'com', 'sem', 'dos', 'gli', 'per', 'senza', 'della', 'delle',
  'для', 'без', 'dengan', 'untuk', 'dan', 'yang', 'cho', 'voi', 'bang', 'cua', 'ile', 'icin',
]);
const SHORT_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Words of `phrase` that may tell a product apart: the phrase itself, and its words long enough to mean something. */
function phraseWords(phrase: string, locale: string, wordsLocale: string): string[] {
  const whole = referenceText(phrase, locale).trim();
  const words = tokenize(phrase, wordsLocale).map((w) => referenceText(w, locale))
    .filter((w) => !/^\d+$/.test(w) && !NAME_GLUE.has(w) && [...w].length >= (SHORT_SCRIPT.test(w) ? 2 : 3));
  return whole ? [whole, ...words] : words;
}

/**
 * The products of a fresh list with their words, when the message may point at one by them: no product named, no
 * place in the list. Empty otherwise, without reading the catalog.
 */
export async function describeShown(
  u: Understanding, state: { shown?: ShownList | undefined; turns?: number | undefined }, locale: string, options: ListReferenceOptions, lookup: ReferenceLookup,
): Promise<ShownProduct[]> {
  const ids = freshList(state, options);
  if (!ids.length || u.forced || u.entities.some((e) => e.type === 'product' || e.type === 'ordinal')) return [];
  const products = await Promise.all(ids.map((id) => lookup.product(id)));
  return products.filter((p): p is Product => p !== null).map((p) => {
    const local = p.name[locale];
    const names = [...(local ? phraseWords(local, locale, locale) : []), ...(p.name.en ? phraseWords(p.name.en, locale, 'en') : [])];
    const values = Object.entries(p.attributes).flatMap(([key, value]) => {
      if (typeof value !== 'string' || splitUnit(key)) return [];
      const slug = valueSlug(value);
      const local = [lookup.words(locale, `attributes.values.${slug}`), ...(lookup.words(locale, `reference.values.${slug}`)?.split('|') ?? [])];
      return [...phraseWords(value, locale, 'en'), ...local.flatMap((w) => (w ? phraseWords(w, locale, locale) : []))];
    });
    return { id: p.id, words: [...new Set([...names, ...values])] };
  });
}

/**
 * "The leather one", "la de cuero", "透明的那个", "革のやつ", "가죽으로 된 거", "deri olan", "the mini one": a word of
 * exactly one shown product, pointing at it, names it. Words two shown products share name neither.
 */
export function resolvePointedProduct<U extends Understanding>(
  u: U, state: { shown?: ShownList | undefined; turns?: number | undefined }, text: string, locale: string, waiting: boolean,
  options: ListReferenceOptions, shown: readonly ShownProduct[],
): Resolved<U> | undefined {
  if (!shown.length || !freshList(state, options).length || u.forced) return undefined;
  if (u.entities.some((e) => e.type === 'product' || e.type === 'ordinal')) return undefined;
  const norm = referenceText(text, locale);
  // Names written without spaces are cut oddly ("ゲ|ー|ミン|グ"): a word of the message found inside a name is one of its words.
  const said = tokenizeNormalized(norm, locale).filter((w) => SHORT_SCRIPT.test(w) && [...w].length >= 2);
  const owners = new Map<string, Set<string>>();
  for (const p of shown) {
    for (const w of [...p.words, ...said.filter((s) => p.words.some((w) => w.includes(s)))]) owners.set(w, (owners.get(w) ?? new Set()).add(p.id));
  }
  const own = [...owners].filter(([, ids]) => ids.size === 1).map(([w]) => w);
  const pointers = findPointers(norm, locale, own, [...owners.keys()]);
  const ids = new Set(pointers.flatMap((p) => [...owners.get(p.word)!]));
  if (ids.size !== 1) return undefined;
  const start = Math.min(...pointers.map((p) => p.start));
  const end = Math.max(...pointers.map((p) => p.end));
  const count = countBefore(norm.slice(0, start)) ?? u.entities.find((e) => e.type === 'quantity')?.value;
  const quantity = typeof count === 'number' && count > 1 ? count : 1;
  const others = tokenizeNormalized(`${norm.slice(0, start)} ${norm.slice(end)}`, locale).length;
  const spent = (e: Entity) => quantity > 1 && (e.type === 'quantity' || e.type === 'number');
  const rest = without(text, norm, start, end);
  return refer(u, { ids: [...ids], quantity, text: norm.slice(start, end), rest, others, spent }, text, locale, waiting, options);
}

/**
 * "Both", "how much for both?", "all three", "两个一共多少钱", "両方でいくら？", "둘 다", "los dos", "beide zusammen",
 * "оба", "ikisi birden": all the products of the list just shown, when the count fits it (both of two, all three of
 * three; "all of them" any). The intent becomes `severalIntent` unless the message asks something else about them.
 */
export function resolveSeveral<U extends Understanding>(
  u: U, state: { shown?: ShownList | undefined; turns?: number | undefined }, text: string, locale: string, waiting: boolean, options: ListReferenceOptions,
): Resolved<U> | undefined {
  const ids = freshList(state, options);
  if (ids.length < 2 || ids.length > CARDS_PER_MESSAGE || u.forced) return undefined;
  if (u.entities.some((e) => e.type === 'product' || e.type === 'ordinal')) return undefined;
  const norm = referenceText(text, locale);
  const several = readSeveral(norm, locale);
  if (!several || (several.count !== 0 && several.count !== ids.length)) return undefined;
  const others = tokenizeNormalized(`${norm.slice(0, several.start)} ${norm.slice(several.end)}`, locale).length;
  // "两个" in "两个一共多少钱" counts the products, not how many of each; "الاثنين" is also Monday.
  const spent = (e: Entity) => e.type === 'quantity' || e.type === 'number' || e.type === 'datetime';
  const rest = without(text, norm, several.start, several.end);
  return refer(u, { ids, quantity: 1, text: norm.slice(several.start, several.end), rest, others, spent }, text, locale, waiting, options);
}

/** Words a follow-up about the product on screen may have ("and how much is the black one?"). */
const MAX_FOLLOW_UP_WORDS = 6;
/** Shopper messages since products were last shown within which a follow-up is about them. */
const FOLLOW_UP_TURNS = 6;

/**
 * "How much?", "is it waterproof?", "e quanto custa?", "có màu đen ko" right after a product was talked about
 * (`memory.product`): a short question about a property or the price, naming no product, is about that one.
 * It gets the product as its `product` entity, and starts the reference intent unless it was understood as
 * one that reads the product, or understood surely ("how much is shipping?" stays a shipping question).
 */
export function resolveProductFollowUp<U extends Understanding>(
  u: U, state: { memory?: Record<string, unknown>; shown?: ShownList | undefined; turns?: number | undefined }, text: string, locale: string, waiting: boolean,
  options: ListReferenceOptions,
): U | undefined {
  const id = state.memory?.product;
  if (typeof id !== 'string' || u.forced || waiting || !options.intent) return undefined;
  // Products were on screen a moment ago: a "how much?" hours later is not about the one talked about then.
  if (!state.shown || (state.turns ?? 0) - state.shown.turn > FOLLOW_UP_TURNS) return undefined;
  if (u.entities.some((e) => e.type === 'product' || e.type === 'order_id')) return undefined;
  if (tokenize(text, locale).length > MAX_FOLLOW_UP_WORDS) return undefined;
  const price = asksProductPrice(text, locale);
  if (!price && attributeQuestions(text, locale).length === 0) return undefined;
  const product: Entity = { type: 'product', value: id, text: '', start: 0, end: 0, score: 1 };
  const referred: U = { ...u, entities: [product, ...u.entities] };
  const understood = u.intent !== null && u.confidence >= options.threshold;
  if (understood && options.keepIntents.includes(u.intent!)) return referred;
  // A price that names no other cost is the product's, however sure the classifier is of shipping
  // ("多少钱" is in many shipping questions); a property question understood surely as something else stays so.
  if (understood && u.confidence >= options.sure && !price && !options.followUpOver?.includes(u.intent!)) return undefined;
  return { ...referred, intent: options.intent, confidence: 1, ranking: [{ intent: options.intent, confidence: 1 }, ...u.ranking], offTopic: false };
}

/** Products a comparison shows side by side, at most. */
export const MAX_COMPARED = 3;

/**
 * "X1 or Air 3?", "compare the x1 and the air 3", "X1和Air 3哪个好", and "compare them" / "which is better?"
 * right after a list: the products weighed against each other, as `product` entities in order (at most three),
 * a `comparison` entity, and the reference intent, whose flow compares them (`entities.products`). A comparison was taken for a
 * complaint ("compare them") or a search before.
 */
export function resolveComparison<U extends Understanding>(
  u: U, state: { shown?: ShownList | undefined; turns?: number | undefined }, text: string, locale: string, waiting: boolean, options: ListReferenceOptions,
): U | undefined {
  // "Which one is the cheapest?" ranks (shop.rank); it is no comparison side by side.
  if (u.forced || waiting || !options.intent || !asksComparison(text, locale) || asksSuperlative(text, languageOf(locale))) return undefined;
  const named = [...new Set(u.entities.filter((e) => e.type === 'product').map((e) => String(e.value)))];
  let ids = named;
  if (named.length < 2) {
    // "compare them", "which is better?" about the list just shown; a bare "or" is not ("did it arrive or not?").
    const shown = state.shown && (state.turns ?? 0) - state.shown.turn <= options.withinTurns ? state.shown.ids : [];
    if (named.length > 0 || shown.length < 2 || tokenize(text, locale).length > MAX_FOLLOW_UP_WORDS || !asksToCompare(text, locale)) return undefined;
    ids = shown;
  }
  ids = ids.slice(0, MAX_COMPARED);
  const products: Entity[] = ids.map((id) => ({ type: 'product', value: id, text: '', start: 0, end: 0, score: 1 }));
  const others = u.entities.filter((e) => e.type !== 'product');
  const comparison: Entity = { type: 'comparison', value: true, text: '', start: 0, end: 0, score: 1 };
  return { ...u, entities: [...products, comparison, ...others], intent: options.intent, confidence: 1, ranking: [{ intent: options.intent, confidence: 1 }, ...u.ranking], offTopic: false };
}

/**
 * What a message refers to among the products talked about, tried in this order: a place in the list just shown,
 * a shown product by its words (`shown`, from `describeShown`), a comparison, several at once, a follow-up about the
 * product on screen. `undefined` when it refers to none.
 */
export function resolveReference<U extends Understanding>(
  u: U, state: { shown?: ShownList | undefined; turns?: number | undefined; memory?: Record<string, unknown> }, text: string, locale: string,
  waiting: boolean, options: ListReferenceOptions, shown: readonly ShownProduct[] = [],
): Resolved<U> | undefined {
  return resolveListReference(u, state, text, locale, waiting, options)
    ?? resolvePointedProduct(u, state, text, locale, waiting, options, shown)
    ?? resolveComparison(u, state, text, locale, waiting, options)
    ?? resolveSeveral(u, state, text, locale, waiting, options)
    ?? resolveProductFollowUp(u, state, text, locale, waiting, options);
}
