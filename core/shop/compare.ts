/**
 * `shop.compareProducts { ids }`: products side by side ("X1 or Air 3?"), one line each in the shopper's language:
 * name, price and stock, then the attributes they differ in first and those they share after, so what tells
 * them apart is read first.
 */
import type { ActionRegistry } from '../flow/actions.js';
import { LOCALIZED, type LocalizedValue } from '../flow/expressions.js';
import { formatAttributes } from '../i18n/attributes.js';
import type { I18n } from '../i18n/index.js';
import type { Product, Shop } from './types.js';

type Words = Pick<I18n, 't' | 'has'>;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The compared products as lines, worded when the reply is rendered. */
export class Comparison implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(readonly products: readonly Product[]) {}

  /** Keys whose values are not the same in every compared product that has them, then the shared ones. */
  #keys(): string[] {
    const keys = [...new Set(this.products.flatMap((p) => Object.keys(p.attributes)))];
    const differs = (k: string) => {
      const values = this.products.map((p) => p.attributes[k]);
      return values.some((v) => v === undefined) || values.some((v) => !sameValue(v, values[0]));
    };
    return [...keys.filter(differs), ...keys.filter((k) => !differs(k))];
  }

  localize(locale: string, i18n: Words): string {
    const words = (path: string, vars?: Record<string, string>) => (i18n.has(locale, `attributes.${path}`) ? i18n.t(locale, `attributes.${path}`, vars) : undefined);
    const keys = this.#keys();
    return this.products.map((p) => {
      const name = p.name[locale] ?? p.name.en ?? p.id;
      const price = new Intl.NumberFormat(locale, { style: 'currency', currency: p.currency }).format(p.price);
      const attrs = Object.fromEntries(keys.filter((k) => k in p.attributes).map((k) => [k, p.attributes[k]]));
      const stock = i18n.t(locale, p.stock > 0 ? 'product.compare_in_stock' : 'product.compare_out_of_stock');
      return i18n.t(locale, 'product.compare_line', { name, price, stock, details: formatAttributes(attrs, locale, words) });
    }).join('\n');
  }

  toString(): string {
    return this.products.map((p) => p.id).join(' / ');
  }

  toJSON(): { products: string[] } {
    return { products: this.products.map((p) => p.id) };
  }
}

/** `shop.compareProducts { ids }` → `{ ids, comparison }` for the products that exist (fewer than two: `null`). */
export function registerCompareActions(registry: ActionRegistry, shop: Shop): void {
  registry.register('shop.compareProducts', async (a, ctx) => {
    const ids = Array.isArray(a.ids) ? [...new Set(a.ids.map(String))] : [];
    const products = (await Promise.all(ids.map((id) => shop.getProduct(id, ctx.signal)))).filter((p): p is Product => p !== null);
    return products.length < 2 ? null : { ids: products.map((p) => p.id), comparison: new Comparison(products) };
  });
}
