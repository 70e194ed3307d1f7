/**
 * `shop.basket`: what a shopper would buy, for a discount code to be weighed against ("can I use SAVE15 with 2 phone
 * cases?", "買い物合計100ドルでSAVE15使える？", "gilt SAVE15 wenn ich X1 und Boom 5 kaufe?"): the products the message
 * names with how many of each, else an amount it states, else the products just shown when it points at them (or
 * the one product shown). A kind of product ("phone cases", "耳机") is one item whose price is a range, from its
 * cheapest to its dearest product in stock.
 */
import type { ActionRegistry } from '../flow/actions.js';
import { LOCALIZED, type LocalizedValue } from '../flow/expressions.js';
import type { I18n } from '../i18n/index.js';
import { formatMoney } from '../i18n/money.js';
import { basketItems, pointsAtShown, type ProductMention } from '../nlu/entities-basket.js';
import { tokenize } from '../nlu/tokenize.js';
import type { Product, Shop } from './types.js';

/** Lines a basket holds, at most (the cards of one message). */
export const MAX_BASKET_LINES = 5;
/** Products of one kind named in a line, at most ("X1, G2, Air 3 or Run"). */
const MAX_KIND_NAMES = 4;

/** An amount, or a range when the shopper has not chosen which product of a kind: "$29.98", "$29.98–$49.98". */
export function moneyRange(low: number, high: number, currency: string, locale: string, options: { wholeWithoutCents?: boolean } = {}): string {
  if (Math.abs(high - low) < 0.005) return formatMoney(low, currency, locale, options);
  const whole = options.wholeWithoutCents && Number.isInteger(low) && Number.isInteger(high) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  return new Intl.NumberFormat(locale, { style: 'currency', currency, ...whole }).formatRange(low, high);
}

const cents = (n: number): number => Math.round(n * 100) / 100;

/** One line of a basket: a product (or the products of a kind), how many, and what they come to. */
export interface BasketLine {
  products: Product[];
  quantity: number;
  low: number;
  high: number;
}

/** The lines of a basket, worded when the reply is rendered ("2 × Boom 5: $99.98 ($49.99 each)"). */
export class BasketLines implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(readonly lines: readonly BasketLine[]) {}

  localize(locale: string, i18n: Pick<I18n, 't' | 'has'>): string {
    return this.lines.map((l) => lineText(l, locale, i18n)).join('\n');
  }

  toJSON(): { products: string[]; quantity: number }[] {
    return this.lines.map((l) => ({ products: l.products.map((p) => p.id), quantity: l.quantity }));
  }
}

function lineText(l: BasketLine, locale: string, i18n: Pick<I18n, 't' | 'has'>): string {
  const name = (p: Product) => p.name[locale] ?? p.name.en ?? p.id;
  const money = (n: number) => formatMoney(n, l.products[0]!.currency, locale);
  const [only] = l.products;
  if (only && l.products.length === 1) {
    const vars = { name: name(only), price: money(only.price), amount: money(only.price * l.quantity), quantity: l.quantity, context: only.stock > 0 ? '' : 'out_of_stock' };
    return i18n.t(locale, l.quantity > 1 ? 'reference.total_line_quantity' : 'reference.total_line', vars);
  }
  const shown = l.products.slice(0, MAX_KIND_NAMES).map((p) => i18n.t(locale, 'coupon.choice_name', { name: name(p), price: money(p.price) }));
  const names = new Intl.ListFormat(locale, { type: 'disjunction' }).format(shown) + (l.products.length > MAX_KIND_NAMES ? '…' : '');
  const amount = moneyRange(l.low, l.high, l.products[0]!.currency, locale);
  return i18n.t(locale, l.quantity > 1 ? 'coupon.choice_quantity' : 'coupon.choice', { names, amount, quantity: l.quantity });
}

/** What a basket comes to, in `currency` (the bot's, which discount terms are in). */
export interface Basket {
  lines: BasketLines;
  /** The total with the cheapest and with the dearest choice of each kind; equal when nothing is left to choose. */
  low: number;
  high: number;
  currency: string;
  from: 'products' | 'amount' | 'shown';
  /** An amount the shopper stated in another currency ("¥10,000"), to say back beside the total. */
  stated: { amount: number; currency: string } | null;
}

/** A stated amount as `shop.budget` read it (core/shop/budget.ts `BudgetView`). */
interface StatedAmount {
  amount?: unknown;
  currency?: unknown;
  converted?: { amount?: unknown; currency?: unknown } | null;
}

/** The stated amount in `currency`, or undefined when it is in another one the bot cannot convert. */
function statedBasket(a: StatedAmount, currency: string): Basket | undefined {
  const own = a.currency === currency ? Number(a.amount) : a.converted?.currency === currency ? Number(a.converted.amount) : NaN;
  if (!(own > 0)) return undefined;
  const stated = a.currency === currency ? null : { amount: Number(a.amount), currency: String(a.currency) };
  return { lines: new BasketLines([]), low: own, high: own, currency, from: 'amount', stated };
}

/** The products of a line to price: those of a kind in stock (all when none is). */
function line(products: Product[], quantity: number): BasketLine {
  const inStock = products.filter((p) => p.stock > 0);
  const priced = (products.length > 1 && inStock.length ? inStock : products).sort((a, b) => a.price - b.price);
  const prices = priced.map((p) => p.price);
  return { products: priced, quantity, low: cents(Math.min(...prices) * quantity), high: cents(Math.max(...prices) * quantity) };
}

function mentionsOf(v: unknown): ProductMention[] {
  if (!Array.isArray(v)) return [];
  return v.filter((m): m is ProductMention => typeof m === 'object' && m !== null && typeof (m as ProductMention).id === 'string')
    .map((m) => ({ id: m.id, start: Number(m.start) || 0, end: Number(m.end) || 0 }));
}

/** Whether a count's words are words of the product's name in the shopper's language or English ("5" of "Boom 5", "X1"). */
function inNameOf(products: Map<string, Product>, locale: string): (id: string, said: string) => boolean {
  return (id, said) => {
    const p = products.get(id);
    const words = tokenize(said.toLowerCase(), locale);
    return !!p && words.length > 0 && [p.name[locale] ?? '', p.name.en ?? ''].some((n) => {
      const name = tokenize(n.toLowerCase(), locale);
      return words.every((w) => name.includes(w));
    });
  };
}

/**
 * Registers `shop.basket { text, mentions, products, quantity, amount, shown, currency }` → Basket or null: the
 * products named (`entities.product_mentions`, else `entities.products`), an amount stated (`shop.budget`'s reading
 * of `entities.money`), or the fresh `dialogue.shown` list, in that order; null when the message gives none.
 */
export function registerBasketActions(registry: ActionRegistry, shop: Shop): void {
  registry.register('shop.basket', async (a, ctx) => {
    const currency = typeof a.currency === 'string' && a.currency ? a.currency : 'USD';
    const text = typeof a.text === 'string' ? a.text : '';
    const ids = (v: unknown) => (Array.isArray(v) ? [...new Set(v.map(String))] : []);
    let mentions = mentionsOf(a.mentions);
    if (!mentions.length) mentions = ids(a.products).map((id) => ({ id, start: 0, end: 0 }));
    let from: Basket['from'] = 'products';
    const shown = ids(a.shown);
    if (!mentions.length && a.amount && typeof a.amount === 'object') return statedBasket(a.amount, currency) ?? null;
    if (!mentions.length && (shown.length === 1 || (shown.length > 1 && pointsAtShown(text, ctx.locale)))) {
      mentions = shown.slice(0, MAX_BASKET_LINES).map((id) => ({ id, start: 0, end: 0 }));
      from = 'shown';
    }
    if (!mentions.length) return null;
    const found = await Promise.all([...new Set(mentions.map((m) => m.id))].map((id) => shop.getProduct(id, ctx.signal)));
    const products = new Map(found.filter((p): p is Product => p !== null).map((p) => [p.id, p]));
    if ([...products.values()].some((p) => p.currency !== currency)) return null;
    const items = basketItems(text, ctx.locale, mentions.filter((m) => products.has(m.id)), inNameOf(products, ctx.locale));
    // One product named without a count takes the quantity the message gave elsewhere ("2 of the second one").
    const quantity = Math.max(1, Math.floor(Number(a.quantity) || 1));
    const lines = items.slice(0, MAX_BASKET_LINES).map((item) =>
      line(item.ids.map((id) => products.get(id)!), items.length === 1 && item.quantity === 1 ? quantity : item.quantity));
    if (!lines.length) return null;
    const basket: Basket = {
      lines: new BasketLines(lines), low: cents(lines.reduce((s, l) => s + l.low, 0)), high: cents(lines.reduce((s, l) => s + l.high, 0)),
      currency, from, stated: null,
    };
    return basket;
  });
}
