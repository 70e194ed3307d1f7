/**
 * `shop.answerAttributes`: what a product question asks about ("is it waterproof?", "电池能用多久") and what
 * the product's attributes say to it, so a flow answers that instead of reciting every detail.
 *
 * A concept is known when the product has an attribute key for it (see `CONCEPT_KEYS`); otherwise it is
 * unknown, and the flow says the details do not mention it (a missing key is not taken for a "no": the shop
 * may simply not have listed it). A value asked about is checked against the catalog's: "do you have it in
 * black?" is answered yes or no with the colours there are, "is it 2 m long?" and "in XL?" with the length or
 * sizes there are. What the attributes do not answer is looked for in the product's description
 * (description-answer.ts), and quoted when a sentence says it. The sentences are written when the reply is
 * rendered, in the shopper's language, from `locales/<lng>/product.json` (`answer_*`, `topic_*`) and
 * `locales/<lng>/attributes.json` (names, units and values, and `answer.*`).
 */
import { Attributes } from '../flow/expressions.js';
import { formatAttributes, type AttributeWords } from '../i18n/attributes.js';
import type { I18n } from '../i18n/index.js';
import {
  askedAmounts, askedColours, askedSizes, asksBound, attributeKeysFor, attributeMentions, keyRole, keySlug, letterSize, MEASURE_UNITS,
  valueColours, withoutAttributeWords, ATTRIBUTE_CONCEPTS, type AskedAmount, type AttributeConcept, type AttributeMention, type Colour, type MeasureUnit,
} from '../nlu/entities-attribute.js';
import { asksPrice } from '../nlu/entities-price-question.js';
import { asksConfirmation, withoutTag } from '../nlu/entities-tag-question.js';
import { languageOf } from '../nlu/tokenize.js';
import { describedSentence, questionTerms, writtenIn, type ProductContext } from './description-answer.js';
import type { Product, Shop } from './types.js';

export type AttributeValue = Product['attributes'][string];

/** Whether the catalog's value is the one asked about. */
export type Verdict = 'yes' | 'no';

/**
 * A value asked about, checked: a colour ("in black?": the catalog's colours that match, and all of them), or an
 * amount or size ("2 m long?", "in XL?").
 */
export type ValueCheck =
  | { kind: 'colour'; verdict: Verdict; matched: string[]; colours: string[] }
  | { kind: 'amount' | 'size'; verdict: Verdict };

/**
 * An asked concept the product's attributes answer: `{ concept: 'waterproof', key: 'waterproof', value: 'IPX7' }`;
 * an amount asked about may be answered by a key no concept covers (`keeps_hot_hours`), without a concept.
 */
export interface KnownAttribute {
  concept?: AttributeConcept;
  key: string;
  value: AttributeValue;
  check?: ValueCheck;
}

export interface AttributeAnswer {
  /** The message the concepts were read from. */
  text: string;
  /** Concepts asked about, in the order the message names them. */
  asked: AttributeConcept[];
  known: KnownAttribute[];
  /** Asked about, and nothing in the product's attributes or description answers it. */
  unknown: AttributeConcept[];
  /** The sentence of the product's description that answers what the attributes do not, or null. */
  quote: string | null;
  /** Something asked that no attribute covers and the description does not say ("is it cruelty-free?"). */
  open: boolean;
  /** The message asks something in particular (a property, a value, or words of its own); if not, the flow shows the details. */
  specific: boolean;
  /** A value asked about was checked against the product's ("in black?", "2 m long?"). */
  checked: boolean;
  /** It asks for something to be confirmed ("Boom 5 is waterproof right?", "防水だよね？"): a question, though worded as a statement. */
  confirms: boolean;
  /** The known answers and the quote as sentences in the shopper's language (a flow's `say` var). */
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

function yesNoSentence(item: KnownAttribute & { concept: AttributeConcept }, name: string, locale: string, i18n: Words, words: AttributeWords): string {
  const answer = affirms(item.value) ? 'yes' : 'no';
  const rating = answer === 'yes' && typeof item.value === 'string'
    ? i18n.t(locale, 'product.answer_rating', { rating: valueText(item.key, item.value, locale, words) })
    : '';
  const own = `product.answer_${answer}_${keySlug(item.key)}`;
  return i18n.t(locale, i18n.has(locale, own) ? own : `product.answer_${answer}_${item.concept}`, { name, rating });
}

/** A sentence ending in values as the details write them: a unit's own period is the sentence's ("15,6 pol.", not "pol.."). */
function valuesSentence(key: string, vars: { name: string }, values: Record<string, AttributeValue>, locale: string, i18n: Words, words: AttributeWords): string {
  const text = formatAttributes(values, locale, words);
  const stop = i18n.t(locale, key, { ...vars, details: '\u0000' }).includes('\u0000.');
  return i18n.t(locale, key, { ...vars, details: stop ? text.replace(/\.$/u, '') : text });
}

/** "Yes, Boom 5 comes in red." / "No, Boom 5 comes in red only.": the colours as the details name them. */
function checkedSentence(item: KnownAttribute, check: ValueCheck, name: string, locale: string, i18n: Words, words: AttributeWords): string {
  if (check.kind !== 'colour') {
    return valuesSentence(`attributes.answer.value_${check.verdict}`, { name }, { [item.key]: item.value }, locale, i18n, words);
  }
  const list = (parts: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts.map((p) => valueText(item.key, p, locale, words)));
  if (check.verdict === 'no') return i18n.t(locale, 'attributes.answer.colour_no', { name, colours: list(check.colours) });
  const others = check.colours.filter((c) => !check.matched.includes(c));
  return others.length
    ? i18n.t(locale, 'attributes.answer.colour_yes_also', { name, colours: list(check.matched), others: list(others) })
    : i18n.t(locale, 'attributes.answer.colour_yes', { name, colours: list(check.matched) });
}

/**
 * The known answers of one product, worded when the reply is rendered: a yes or no sentence per feature and per
 * value asked about, the other values together as the details write them ("Boom 5 — Battery life: 16 hours ·
 * Weight: 540 g."), and the description's sentence that answers the rest.
 */
export class AttributeAnswers extends Attributes {
  constructor(
    readonly product: string,
    readonly items: readonly KnownAttribute[],
    readonly quote: string | null = null,
  ) {
    super(Object.fromEntries(items.map((i) => [i.key, i.value])));
  }

  override localize(locale: string, i18n: Words): string {
    const words = attributeWords(locale, i18n);
    const sentences: string[] = [];
    let values: Record<string, AttributeValue> = {};
    const flush = () => {
      if (Object.keys(values).length) sentences.push(valuesSentence('product.answer_value', { name: this.product }, values, locale, i18n, words));
      values = {};
    };
    for (const item of this.items) {
      if (item.check) {
        flush();
        sentences.push(checkedSentence(item, item.check, this.product, locale, i18n, words));
      } else if (item.concept && YES_NO.has(item.concept) && keyRole(item.key, item.concept) === 'primary') {
        flush();
        sentences.push(yesNoSentence({ ...item, concept: item.concept }, this.product, locale, i18n, words));
      } else {
        values[item.key] = item.value;
      }
    }
    flush();
    if (this.quote) sentences.push(i18n.t(locale, 'attributes.answer.from_description', { quote: this.quote }));
    return sentences.join(['zh', 'ja'].includes(languageOf(locale)) ? '' : ' ');
  }

  override toString(): string {
    return [this.items.length ? `${this.product}: ${super.toString()}` : '', this.quote ?? ''].filter(Boolean).join(' ');
  }

  override toJSON(): Readonly<Record<string, unknown>> {
    return { product: this.product, known: this.items, quote: this.quote };
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

/** Catalog key units (`cable_m`, `weight_g`, `keeps_hot_hours`) as the units amounts are asked in. */
const KEY_UNITS: Readonly<Record<string, MeasureUnit>> = {
  mm: 'millimeter', cm: 'centimeter', m: 'meter', in: 'inch', g: 'gram', kg: 'kilogram', ml: 'milliliter', l: 'liter',
  h: 'hour', hrs: 'hour', hours: 'hour', days: 'day', gb: 'gigabyte', tb: 'terabyte', w: 'watt', mah: 'mah',
};
const keyUnit = (key: string): MeasureUnit | undefined => KEY_UNITS[/_([a-z]+)$/.exec(keySlug(key))?.[1] ?? ''];
const inBase = (n: number, unit: MeasureUnit): number => n * MEASURE_UNITS[unit][1];

/** "28-38", "EU 36-45", "XS-XXL": the ends of a range as numbers (letter sizes by their order), or undefined. */
function range(value: AttributeValue): { lo: number; hi: number; letters: boolean } | undefined {
  if (typeof value !== 'string') return undefined;
  const numeric = /^(?:[a-z]{1,3}\s*)?(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)$/i.exec(value.trim());
  if (numeric) return { lo: Number(numeric[1]!.replace(',', '.')), hi: Number(numeric[2]!.replace(',', '.')), letters: false };
  const letters = /^(\w{1,4})\s*[-–]\s*(\w{1,4})$/.exec(value.trim());
  const [lo, hi] = letters ? [letterSize(letters[1]!), letterSize(letters[2]!)] : [-1, -1];
  return lo >= 0 && hi >= lo ? { lo, hi, letters: true } : undefined;
}

/** "Is it 2 m long?" against `length_m: 1`: equal within 2%, or inside a range ("28-38" inches). */
function amountCheck(key: string, value: AttributeValue, asked: AskedAmount): ValueCheck | undefined {
  const unit = keyUnit(key);
  if (!unit) return undefined;
  const want = inBase(asked.amount, asked.unit);
  const r = typeof value === 'number' ? { lo: value, hi: value, letters: false } : /^\d+(?:\.\d+)?$/.test(String(value)) ? { lo: Number(value), hi: Number(value), letters: false } : range(value);
  if (!r || r.letters) return undefined;
  const [lo, hi] = [inBase(r.lo, unit), inBase(r.hi, unit)];
  const fits = want >= lo - 0.02 * lo && want <= hi + 0.02 * hi;
  return { kind: 'amount', verdict: fits ? 'yes' : 'no' };
}

/** "In XL?" against `sizes: S-XXL`, "size 42?" against `EU 36-45`; a number far from the range (a US size, mm) gets no verdict. */
function sizeCheck(value: AttributeValue, asked: { letters: string[]; numbers: number[] }): ValueCheck | undefined {
  const r = range(value);
  if (!r) return undefined;
  const wanted = r.letters ? asked.letters.map(letterSize).filter((n) => n >= 0) : asked.numbers.filter((n) => n >= r.lo / 2 && n <= r.hi * 2);
  if (wanted.length === 0) return undefined;
  return { kind: 'size', verdict: wanted.some((n) => n >= r.lo && n <= r.hi) ? 'yes' : 'no' };
}

/** "In black?" against `color: red` or `colors: black, white`: yes with the colours that match, or no with all of them. */
function colourCheck(value: AttributeValue, asked: readonly (readonly Colour[])[], lang: string): ValueCheck | undefined {
  if (typeof value !== 'string' || asked.length === 0) return undefined;
  const colours = value.split(/\s*(?:,|\/|\||;|&|\+|\band\b)\s*/).map((c) => c.trim()).filter(Boolean);
  const read = colours.map((c) => ({ c, is: valueColours(c, lang) }));
  const matched = read.filter((r) => asked.some((alts) => alts.some((a) => r.is.includes(a)))).map((r) => r.c);
  if (matched.length) return { kind: 'colour', verdict: 'yes', matched, colours };
  // A colour the reader does not know ("assorted", "sheer berry") may be the one asked for: no verdict.
  return read.every((r) => r.is.length > 0) ? { kind: 'colour', verdict: 'no', matched: [], colours } : undefined;
}

/** The values asked about, checked on the known answers; sizes and amounts may bring keys no concept asked for. */
function checkValues(product: Product, text: string, lang: string, ignore: readonly string[], known: KnownAttribute[]): boolean {
  let asked = false;
  const colours = askedColours(text, lang, { ignore });
  const sizes = askedSizes(text, lang, { ignore });
  // A letter size asks about the sizes though no size word does ("gibt es den hoodie in XL?").
  if (sizes.letters.length && !known.some((i) => i.concept === 'size')) {
    for (const { key } of attributeKeysFor('size', product.attributes)) {
      const value = product.attributes[key];
      if (present(value) && range(value)?.letters) known.push({ concept: 'size', key, value });
    }
  }
  for (const item of known) {
    const check = item.concept === 'color' ? colourCheck(item.value, colours, lang) : item.concept === 'size' ? sizeCheck(item.value, sizes) : undefined;
    if (check) {
      item.check = check;
      asked = true;
    }
  }
  return checkAmounts(product, text, lang, ignore, known) || asked;
}

/**
 * "Is it 2 m long?": the keys measured in the amount's dimension join the answers, and the one the amount is asked
 * of gets a yes or no: the only such key, or the only one the question's words asked for ("6 mm thick?" of a mat
 * with a thickness and a size). A bound ("more than 20 hours?") gets the value and no verdict.
 */
function checkAmounts(product: Product, text: string, lang: string, ignore: readonly string[], known: KnownAttribute[]): boolean {
  const bound = asksBound(text, lang);
  let asked = false;
  for (const amount of askedAmounts(text, lang, { ignore })) {
    const dimension = MEASURE_UNITS[amount.unit][0];
    const keys = Object.keys(product.attributes).filter((k) => {
      const unit = keyUnit(k);
      return unit !== undefined && MEASURE_UNITS[unit][0] === dimension && present(product.attributes[k]);
    });
    const named = keys.filter((k) => known.some((i) => i.key === k) && amountCheck(k, product.attributes[k]!, amount));
    const only = keys.length === 1 ? keys[0] : named.length === 1 ? named[0] : undefined;
    // A key that only tells something about a concept is no measure of the product ("laptop_in" is the largest laptop it takes).
    const target = only && !ATTRIBUTE_CONCEPTS.some((c) => keyRole(only, c) === 'related') ? only : undefined;
    for (const key of keys) {
      let item = known.find((i) => i.key === key);
      if (!item) {
        const concept = ATTRIBUTE_CONCEPTS.find((c) => keyRole(key, c) !== undefined);
        item = { ...(concept ? { concept } : {}), key, value: product.attributes[key]! };
        known.push(item);
      }
      asked = true;
      const check = key === target && !bound ? amountCheck(key, item.value, amount) : undefined;
      if (check) item.check = check;
    }
  }
  return asked;
}

/**
 * Concepts asked only with words of the product's own name, when the message asks something else besides:
 * "is the ceramic mug dishwasher safe?" asks about the dishwasher, not the material.
 */
function byName(mentions: AttributeMention[], context: ProductContext, text: string, lang: string): Set<AttributeConcept> {
  const rest = questionTerms(withoutAttributeWords(text, lang, mentions.map((m) => m.concept)).marked, lang, context);
  if (!rest.some((t) => !t.name)) return new Set();
  return new Set(mentions.filter((m) => {
    const terms = questionTerms(m.words.join(' '), lang, context);
    return terms.length > 0 && terms.every((t) => t.name);
  }).map((m) => m.concept));
}

/**
 * The product with the others of its category, whose shared words name its kind ("keyboard", "キーボード"): one
 * `recommend` call (the whole `catalog()` may be pages of a backend).
 */
async function contextOf(shop: Shop, product: Product, signal?: AbortSignal): Promise<ProductContext> {
  return { product, siblings: await shop.recommend({ category: product.category, limit: 100 }, signal) };
}

/** The concepts a message asks about, read in the shopper's language, or in English when it is written in English. */
function readMentions(text: string, locale: string, ignore: readonly string[]): { lang: string; mentions: AttributeMention[] } {
  const mentions = attributeMentions(text, locale, { ignore });
  // A shopper answered in a language they chose may still write English ("is it waterproof?" to a German shop).
  if (mentions.length === 0 && languageOf(locale) !== 'en' && !writtenIn(text, locale)) {
    const english = attributeMentions(text, 'en', { ignore });
    if (english.length) return { lang: 'en', mentions: english };
  }
  return { lang: locale, mentions };
}

/** The asked concepts the product's attributes answer, with the keys that do, and those they do not. */
function fromAttributes(product: Product, asked: readonly AttributeConcept[]): { known: KnownAttribute[]; unknown: AttributeConcept[] } {
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
  return { known, unknown };
}

/**
 * What the attributes leave, looked for in the description: the message without the words they answered. `open`
 * when it asks words of its own that the description does not hold either ("is it cruelty-free?").
 */
function fromDescription(
  q: { text: string; lang: string; locale: string; mentions: AttributeMention[] }, context: ProductContext,
  a: { known: KnownAttribute[]; unknown: AttributeConcept[]; values: boolean },
): { quote: string | null; open: boolean } {
  const answered = [...new Set(a.known.flatMap((k) => (k.concept ? [k.concept] : [])))];
  // The words of a property asked about are the question, even those of the name ("is the X1 wireless?").
  const unanswered = q.mentions.filter((m) => a.unknown.includes(m.concept)).flatMap((m) => m.words).join(' ');
  const askedWords = new Set(questionTerms(unanswered, q.lang, context).map((t) => t.text));
  const terms = questionTerms(withoutAttributeWords(q.text, q.lang, answered).marked, q.lang, context)
    .map((t) => (askedWords.has(t.text) ? { ...t, reference: false } : t));
  const nothingElse = q.mentions.length === 0 && !a.values;
  const quote = a.unknown.length > 0 || nothingElse ? describedSentence(terms, context.product, q.locale) ?? null : null;
  // "How much?" is answered by the details, which give the price: it asks nothing they leave out.
  return { quote, open: !quote && nothingElse && terms.some((t) => !t.name) && !asksPrice(q.text, q.locale) };
}

/**
 * What `text` asks about product `id`, and what its attributes and description answer. Without an id, only what is
 * asked (a flow reads it before it knows the product). The product's own name does not count as a question:
 * "are the Waterproof Trail Running Shoes comfy?" asks nothing about water.
 */
export async function answerAttributes(shop: Shop, args: { id: string; text: string }, locale: string, signal?: AbortSignal): Promise<AttributeAnswer> {
  const product = args.id ? await shop.getProduct(args.id, signal) : null;
  const name = product ? (product.name[locale] ?? product.name.en ?? product.id) : '';
  const ignore = product ? [...new Set([product.name[locale], product.name.en].filter((n): n is string => Boolean(n)))] : [];
  const read = readMentions(args.text, locale, ignore);
  const lang = read.lang;
  const context = product ? await contextOf(shop, product, signal) : undefined;
  // "って防水だよね？": the words asking for agreement are no question of their own beside the name's words.
  const question = withoutTag(args.text, locale);
  const named = context ? byName(read.mentions, context, question, lang) : new Set<AttributeConcept>();
  const mentions = read.mentions.filter((m) => !named.has(m.concept));
  const asked = mentions.map((m) => m.concept);
  const answer = (known: KnownAttribute[], unknown: AttributeConcept[], quote: string | null, open: boolean, values = false): AttributeAnswer => ({
    text: args.text, asked, known, unknown, quote, open, specific: asked.length > 0 || values || Boolean(quote) || open,
    checked: values, confirms: asksConfirmation(args.text, locale),
    answers: new AttributeAnswers(name, known, quote), missing: new AttributeTopics(unknown),
  });
  if (!product || !context) {
    // Words of its own the message asks ("is it cruelty-free?"): the flow asks which product rather than search by them.
    const open = asked.length === 0 && !asksPrice(args.text, locale) && questionTerms(withoutAttributeWords(args.text, locale, []).marked, locale).length > 0;
    return answer([], [], null, open);
  }
  const { known, unknown } = fromAttributes(product, asked);
  const values = checkValues(product, args.text, lang, ignore, known);
  const { quote, open } = fromDescription({ text: question, lang, locale, mentions }, context, { known, unknown, values });
  return answer(known, quote ? [] : unknown, quote, open, values);
}
