/**
 * `shop.compareProducts { ids }`: products side by side ("X1 or Air 3?"), one line each in the shopper's language:
 * name, price and stock, then the attributes they differ in first and those they share after, so what tells
 * them apart is read first. Then where each one is ahead: cheaper, and the measures where it is best of all the
 * compared products (longer battery, lighter, more water-resistant, …), and features only it has.
 */
import type { ActionRegistry } from '../flow/actions.js';
import { LOCALIZED, type LocalizedValue } from '../flow/expressions.js';
import { formatAttributes } from '../i18n/attributes.js';
import type { I18n } from '../i18n/index.js';
import type { Product, Shop } from './types.js';
import { formatMoney } from '../i18n/money.js';

type Words = Pick<I18n, 't' | 'has'>;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Measures where a bigger number is better (battery, power, capacity of a power bank, drop tests) or, for
 * `less`, a smaller one (weight). Keys not listed (sizes, volumes, screen sizes) are a matter of taste and
 * not called an advantage.
 */
const BETTER_WHEN: Readonly<Record<string, 'more' | 'less'>> = {
  battery_hours: 'more', battery_days: 'more', capacity_mah: 'more', output_w: 'more', power_w: 'more', ports: 'more',
  keeps_cold_hours: 'more', keeps_hot_hours: 'more', drop_tested_m: 'more', multi_device: 'more', card_slots: 'more',
  brightness_levels: 'more', weight_g: 'less',
};

/** A water-resistance rating as a rank within its scheme: IPX4 → [ipx, 4], 5ATM → [atm, 5]; `true` → [bool, 1]. */
function waterRank(v: unknown): [string, number] | undefined {
  if (v === true) return ['bool', 1];
  if (v === false) return ['bool', 0];
  const s = String(v).toUpperCase();
  const ip = /^IP[X\d](\d)$/.exec(s);
  if (ip) return ['ip', Number(ip[1])];
  const atm = /^(\d+)\s*ATM$/.exec(s);
  return atm ? ['atm', Number(atm[1])] : undefined;
}

/** The only product best on `score` (higher wins), if one is strictly ahead of every other that has a score. */
function aheadOn<T>(items: readonly T[], score: (x: T) => number | undefined): T | undefined {
  const scored = items.map((x) => [x, score(x)] as const).filter((e): e is readonly [T, number] => e[1] !== undefined && Number.isFinite(e[1]));
  if (scored.length < 2) return undefined;
  const best = Math.max(...scored.map((e) => e[1]));
  const top = scored.filter((e) => e[1] === best);
  return top.length === 1 ? top[0]![0] : undefined;
}

/** For each product, the attribute keys and the price where it is ahead of the others. */
interface Advantage {
  cheaperBy?: number;
  keys: string[];
}

function advantages(products: readonly Product[]): Map<Product, Advantage> {
  const out = new Map<Product, Advantage>(products.map((p) => [p, { keys: [] }]));
  const sameCurrency = products.every((p) => p.currency === products[0]!.currency);
  const cheapest = sameCurrency ? aheadOn(products, (p) => -p.price) : undefined;
  if (cheapest) {
    const next = Math.min(...products.filter((p) => p !== cheapest).map((p) => p.price));
    out.get(cheapest)!.cheaperBy = Math.round((next - cheapest.price) * 100) / 100;
  }
  const keys = [...new Set(products.flatMap((p) => Object.keys(p.attributes)))];
  for (const key of keys) {
    const values = products.map((p) => p.attributes[key]);
    let winner: Product | undefined;
    if (BETTER_WHEN[key]) {
      const sign = BETTER_WHEN[key] === 'more' ? 1 : -1;
      winner = aheadOn(products, (p) => (typeof p.attributes[key] === 'number' ? sign * (p.attributes[key]) : undefined));
    } else if (key === 'waterproof' || key === 'water_resistant') {
      const ranks = values.map(waterRank);
      const scheme = ranks.find((r) => r && r[0] !== 'bool')?.[0] ?? 'bool';
      winner = aheadOn(products, (p) => {
        const r = waterRank(p.attributes[key]) ?? [scheme, 0]; // none stated: not water-resistant as far as the shop says
        return r[0] === scheme ? r[1] : undefined;
      });
    } else if (values.some((v) => v === true)) {
      // A feature only one of them has ("noise cancelling: yes" against no, or not listed).
      const having = products.filter((p) => p.attributes[key] === true);
      if (having.length === 1) winner = having[0];
    }
    if (winner) out.get(winner)!.keys.push(key);
  }
  return out;
}

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
    const lines = this.products.map((p) => {
      const name = p.name[locale] ?? p.name.en ?? p.id;
      const price = formatMoney(p.price, p.currency, locale);
      const attrs = Object.fromEntries(keys.filter((k) => k in p.attributes).map((k) => [k, p.attributes[k]]));
      const stock = i18n.t(locale, p.stock > 0 ? 'product.compare_in_stock' : 'product.compare_out_of_stock');
      return i18n.t(locale, 'product.compare_line', { name, price, stock, details: formatAttributes(attrs, locale, words) });
    }).join('\n');
    const ahead = this.#ahead(locale, i18n, words);
    return ahead ? `${lines}\n${ahead}` : lines;
  }

  /** "Where each one is ahead:" and a line per product that is ahead somewhere; empty when none is. */
  #ahead(locale: string, i18n: Words, words: (path: string, vars?: Record<string, string>) => string | undefined): string {
    const lines = [...advantages(this.products)].flatMap(([p, a]) => {
      const points = [
        ...(a.cheaperBy ? [i18n.t(locale, 'compare.cheaper', { amount: formatMoney(a.cheaperBy, p.currency, locale) })] : []),
        ...(a.keys.length ? [formatAttributes(Object.fromEntries(a.keys.map((k) => [k, p.attributes[k]])), locale, words)] : []),
      ];
      if (points.length === 0) return [];
      return [i18n.t(locale, 'compare.ahead_line', { name: p.name[locale] ?? p.name.en ?? p.id, points: points.join(' · ') })];
    });
    return lines.length ? [i18n.t(locale, 'compare.ahead'), ...lines].join('\n') : '';
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
