/**
 * "The second one": a position in the products the bot has just shown names that product.
 *
 * The runtime remembers the product cards of the last turn that showed any (`DialogueState.shown`, in the
 * order the shopper saw them, at most five per message as the renderer shows them). A message with an
 * `ordinal` entity within a few turns of that list gets the product at that position as its first
 * `product` entity, so `entities.product` and `ask: { entity: product }` see it. When the message is little
 * more than the reference ("the second one", "第二个多少钱", "ikincisi lütfen") and its intent is not a sure
 * one, or was not understood, and its intent is not one that already reads a product, the intent becomes
 * the bot's `list_reference.intent` (product details in the demo): "the second one" was otherwise taken
 * for a complaint.
 */
import type { Entity } from '../nlu/types.js';
import type { Understanding } from './understanding.js';
import { attributeQuestions } from '../nlu/entities-attribute.js';
import { asksProductPrice } from '../nlu/entities-price-question.js';
import { asksComparison } from '../nlu/entities-compare.js';
import { tokenize } from '../nlu/tokenize.js';


/** Cards per message the renderer shows (core/pipeline/stages/render.ts). */
export const CARDS_PER_MESSAGE = 5;
/** Words besides the reference that still make a message "just the reference" ("I'll take the second one please"). */
const MAX_OTHER_WORDS = 3;

export interface ListReferenceOptions {
  /** Intent a bare reference starts; none: only the product entity is added. */
  intent?: string | undefined;
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

/**
 * The understanding with the referred product, or `undefined` when the message refers to nothing shown.
 * `waiting`: a question is pending, whose answer the reference may be; the intent is then left alone.
 */
export function resolveListReference<U extends Understanding>(
  u: U, state: { shown?: ShownList | undefined; turns?: number | undefined }, text: string, locale: string, waiting: boolean, options: ListReferenceOptions,
): U | undefined {
  const shown = state.shown;
  if (!shown?.ids.length || u.forced) return undefined;
  if ((state.turns ?? 0) - shown.turn > options.withinTurns) return undefined;
  const ordinal = u.entities.find((e) => e.type === 'ordinal');
  if (!ordinal || u.entities.some((e) => e.type === 'product')) return undefined;
  const position = Number(ordinal.value);
  const id = position === -1 ? shown.ids.at(-1) : shown.ids[position - 1];
  if (!id) return undefined;
  const product: Entity = { type: 'product', value: id, text: ordinal.text, start: ordinal.start, end: ordinal.end, score: 1 };
  const referred: U = { ...u, entities: [product, ...u.entities] };
  if (waiting || !options.intent) return referred;
  const understood = u.intent !== null && u.confidence >= options.threshold;
  if (understood && options.keepIntents.includes(u.intent!)) return referred;
  // "The second one arrived broken" is a complaint about it; "the second one" alone (a complaint at 0.53) is not.
  const others = tokenize(text.slice(0, ordinal.start) + ' ' + text.slice(ordinal.end), locale).length;
  if (understood && others > 0 && (u.confidence >= options.sure || others > MAX_OTHER_WORDS)) return referred;
  return { ...referred, intent: options.intent, confidence: 1, ranking: [{ intent: options.intent, confidence: 1 }, ...u.ranking], offTopic: false };
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
  if (u.forced || waiting || !options.intent || !asksComparison(text, locale)) return undefined;
  const named = [...new Set(u.entities.filter((e) => e.type === 'product').map((e) => String(e.value)))];
  let ids = named;
  if (named.length < 2) {
    // "compare them", "which is better?" about the list just shown.
    const shown = state.shown && (state.turns ?? 0) - state.shown.turn <= options.withinTurns ? state.shown.ids : [];
    if (named.length > 0 || shown.length < 2 || tokenize(text, locale).length > MAX_FOLLOW_UP_WORDS) return undefined;
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
 * a comparison, a follow-up about the product on screen. `undefined` when it refers to none.
 */
export function resolveReference<U extends Understanding>(
  u: U, state: { shown?: ShownList | undefined; turns?: number | undefined; memory?: Record<string, unknown> }, text: string, locale: string,
  waiting: boolean, options: ListReferenceOptions,
): U | undefined {
  return resolveListReference(u, state, text, locale, waiting, options)
    ?? resolveComparison(u, state, text, locale, waiting, options)
    ?? resolveProductFollowUp(u, state, text, locale, waiting, options);
}
