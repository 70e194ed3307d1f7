/**
 * `shop.totals { ids, quantity }`: what products come to together ("how much for both?", "I'll take both", "2 of the
 * second one"): a line per product with its price, times the quantity when there is one, and the total, in the
 * shopper's language and the shop's money.
 */
import type { ActionRegistry } from '../flow/actions.js';
import { LOCALIZED, type LocalizedValue } from '../flow/expressions.js';
import type { I18n } from '../i18n/index.js';
import type { Product, Shop } from './types.js';
import { formatMoney } from '../i18n/money.js';
import { registerBasketActions } from './basket.js';

/** Products a total adds up, at most (the cards of one message). */
export const MAX_TOTALLED = 5;

/** The lines of a total, worded when the reply is rendered ("Boom 5: $79.99", "2 × Pebble: $49.98 ($24.99 each)"). */
export class TotalLines implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(readonly products: readonly Product[], readonly quantity: number) {}

  localize(locale: string, i18n: Pick<I18n, 't' | 'has'>): string {
    return this.products.map((p) => {
      const money = (n: number) => formatMoney(n, p.currency, locale);
      const vars = {
        name: p.name[locale] ?? p.name.en ?? p.id, price: money(p.price), amount: money(p.price * this.quantity), quantity: this.quantity,
        context: p.stock > 0 ? '' : 'out_of_stock',
      };
      return i18n.t(locale, this.quantity > 1 ? 'reference.total_line_quantity' : 'reference.total_line', vars);
    }).join('\n');
  }

  toString(): string {
    return this.products.map((p) => (this.quantity > 1 ? `${this.quantity} × ${p.id}` : p.id)).join(' + ');
  }

  toJSON(): { products: string[]; quantity: number } {
    return { products: this.products.map((p) => p.id), quantity: this.quantity };
  }
}

export interface Totals {
  ids: string[];
  lines: TotalLines;
  /** The sum in `currency`, rounded to the cent; flows format it with `money(currency)`. */
  total: number;
  currency: string;
  /** Every product can be ordered now. */
  inStock: boolean;
}

/**
 * `shop.totals { ids, quantity }` → `Totals` for the products that exist (each `quantity` times, default 1), or
 * `null` when none does or their prices are in different currencies, which do not add up. Also registers
 * `shop.basket` (core/shop/basket.ts), the basket a discount question weighs a code against.
 */
export function registerTotalsActions(registry: ActionRegistry, shop: Shop): void {
  registerBasketActions(registry, shop);
  registry.register('shop.totals', async (a, ctx) => {
    const ids = Array.isArray(a.ids) ? [...new Set(a.ids.map(String))].slice(0, MAX_TOTALLED) : [];
    const quantity = Math.max(1, Math.floor(Number(a.quantity) || 1));
    const products = (await Promise.all(ids.map((id) => shop.getProduct(id, ctx.signal)))).filter((p): p is Product => p !== null);
    const currency = products[0]?.currency;
    if (!currency || products.some((p) => p.currency !== currency)) return null;
    const total = Math.round(products.reduce((sum, p) => sum + p.price * quantity, 0) * 100) / 100;
    const totals: Totals = {
      ids: products.map((p) => p.id), lines: new TotalLines(products, quantity), total, currency, inStock: products.every((p) => p.stock > 0),
    };
    return totals;
  });
}
