/**
 * `shop.answerAttributes`: what a product question asks about ("is it waterproof?", "电池能用多久") and what
 * the product's attributes say to it, so a flow answers that instead of reciting every detail.
 *
 * A concept is known when the product has an attribute key for it (see `CONCEPT_KEYS`); otherwise it is
 * unknown, and the flow says the details do not mention it (a missing key is not taken for a "no": the shop
 * may simply not have listed it). The sentences are written when the reply is rendered, in
 * the shopper's language, from `locales/<lng>/product.json` (`answer_*`, `topic_*`) and the attribute names,
 * units and values of `locales/<lng>/attributes.json`.
 */
import { Attributes } from '../flow/expressions.js';
import { formatAttributes, type AttributeWords } from '../i18n/attributes.js';
import type { I18n } from '../i18n/index.js';
import { attributeKeysFor, attributeQuestions, keyRole, keySlug, type AttributeConcept } from '../nlu/entities-attribute.js';
import { languageOf } from '../nlu/tokenize.js';
import type { Product, Shop } from './types.js';

export type AttributeValue = Product['attributes'][string];

/** An asked concept the product's attributes answer: `{ concept: 'waterproof', key: 'waterproof', value: 'IPX7' }`. */
export interface KnownAttribute {
  concept: AttributeConcept;
  key: string;
  value: AttributeValue;
}

export interface AttributeAnswer {
  /** The message the concepts were read from. */
  text: string;
  /** Concepts asked about, in the order the message names them. */
  asked: AttributeConcept[];
  known: KnownAttribute[];
  /** Asked about, and nothing in the product's attributes answers it. */
  unknown: AttributeConcept[];
  /** The known answers as sentences in the shopper's language (a flow's `say` var). */
  answers: AttributeAnswers;
  /** The unknown concepts as a list in the shopper's language ("water resistance or a warranty"). */
  missing: AttributeTopics;
}

/** Concepts answered yes or no when their own key is there ("Yes, Boom 5 is waterproof (IPX7).") */
const YES_NO: ReadonlySet<AttributeConcept> = new Set(['waterproof', 'noise_cancelling']);

type Words = Pick<I18n, 't' | 'has'>;

function attributeWords(locale: string, i18n: Words): AttributeWords {
  return (path, vars) => {
    const key = `attributes.${path}`;
    return i18n.has(locale, key) ? i18n.t(locale, key, vars) : undefined;
  };
}

/** False for `false`, 0 and words for none ("no", "none", "n/a"); a rating such as "IPX4" says yes. */
function affirms(v: AttributeValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v > 0;
  return !/^(?:no|none|false|n\/a|0|-|)$/i.test(v.trim());
}

/** One attribute's value alone, as the details would write it ("IPX7", "30 hours", "黑色"). */
function valueText(key: string, value: AttributeValue, locale: string, words: AttributeWords): string {
  return formatAttributes({ [key]: value }, locale, (path, vars) => (path === 'pair' ? vars?.value : words(path, vars)));
}

function yesNoSentence(item: KnownAttribute, name: string, locale: string, i18n: Words, words: AttributeWords): string {
  const answer = affirms(item.value) ? 'yes' : 'no';
  const rating = answer === 'yes' && typeof item.value === 'string'
    ? i18n.t(locale, 'product.answer_rating', { rating: valueText(item.key, item.value, locale, words) })
    : '';
  const own = `product.answer_${answer}_${keySlug(item.key)}`;
  return i18n.t(locale, i18n.has(locale, own) ? own : `product.answer_${answer}_${item.concept}`, { name, rating });
}

/**
 * The known answers of one product, worded when the reply is rendered: a yes or no sentence per feature,
 * and the other values together as the details write them ("Boom 5 — Battery life: 16 hours · Weight: 540 g.").
 */
export class AttributeAnswers extends Attributes {
  constructor(
    readonly product: string,
    readonly items: readonly KnownAttribute[],
  ) {
    super(Object.fromEntries(items.map((i) => [i.key, i.value])));
  }

  override localize(locale: string, i18n: Words): string {
    const words = attributeWords(locale, i18n);
    const sentences: string[] = [];
    let values: Record<string, AttributeValue> = {};
    const flush = () => {
      if (Object.keys(values).length) sentences.push(i18n.t(locale, 'product.answer_value', { name: this.product, details: formatAttributes(values, locale, words) }));
      values = {};
    };
    for (const item of this.items) {
      if (YES_NO.has(item.concept) && keyRole(item.key, item.concept) === 'primary') {
        flush();
        sentences.push(yesNoSentence(item, this.product, locale, i18n, words));
      } else {
        values[item.key] = item.value;
      }
    }
    flush();
    return sentences.join(['zh', 'ja'].includes(languageOf(locale)) ? '' : ' ');
  }

  override toString(): string {
    return `${this.product}: ${super.toString()}`;
  }

  override toJSON(): Readonly<Record<string, unknown>> {
    return { product: this.product, known: this.items };
  }
}

/** Concepts as a list in the shopper's language, from `product.topic_<concept>`: "water resistance or a warranty". */
export class AttributeTopics extends Attributes {
  constructor(readonly concepts: readonly AttributeConcept[]) {
    super({});
  }

  override localize(locale: string, i18n: Words): string {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(this.concepts.map((c) => i18n.t(locale, `product.topic_${c}`)));
  }

  override toString(): string {
    return this.concepts.map((c) => c.replace(/_/g, ' ')).join(', ');
  }

  override toJSON(): Readonly<Record<string, unknown>> {
    return { concepts: this.concepts };
  }
}

const present = (v: AttributeValue | undefined): v is AttributeValue => v !== undefined && v !== null && v !== '';

/**
 * What `text` asks about product `id`, and what its attributes answer. Without an id, only what is asked
 * (a flow reads it before it knows the product). The product's own name does not count as a question:
 * "are the Waterproof Trail Running Shoes comfy?" asks nothing about water.
 */
export async function answerAttributes(shop: Shop, args: { id: string; text: string }, locale: string, signal?: AbortSignal): Promise<AttributeAnswer> {
  const product = args.id ? await shop.getProduct(args.id, signal) : null;
  const name = product ? (product.name[locale] ?? product.name.en ?? product.id) : '';
  const ignore = product ? [...new Set([product.name[locale], product.name.en].filter((n): n is string => Boolean(n)))] : [];
  // A shopper answered in a language they chose may still write English ("is it waterproof?" to a German shop).
  let asked = attributeQuestions(args.text, locale, { ignore });
  if (asked.length === 0 && languageOf(locale) !== 'en') asked = attributeQuestions(args.text, 'en', { ignore });
  const answer = (known: KnownAttribute[], unknown: AttributeConcept[]): AttributeAnswer =>
    ({ text: args.text, asked, known, unknown, answers: new AttributeAnswers(name, known), missing: new AttributeTopics(unknown) });
  if (!product) return answer([], []);
  const known: KnownAttribute[] = [];
  const unknown: AttributeConcept[] = [];
  for (const concept of asked) {
    const keys = attributeKeysFor(concept, product.attributes).flatMap(({ key }) => {
      const value = product.attributes[key];
      return present(value) ? [{ concept, key, value }] : [];
    });
    if (keys.length) known.push(...keys);
    else unknown.push(concept);
  }
  return answer(known, unknown);
}
