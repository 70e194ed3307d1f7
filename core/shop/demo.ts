import { z } from 'zod';
import { readYamlFile, parseWith } from '../util/yaml-file.js';
import { buildProductIndex } from '../nlu/entities-product.js';
import { LruCache } from '../util/lru.js';
import type { Budget, Customer, Order, Product, ProductQuery, Shop } from './types.js';

const localized = z.record(z.string(), z.string());
const CatalogSchema = z.object({
  currency: z.string().length(3),
  categories: z.array(z.object({ id: z.string(), name: localized })),
  products: z.array(z.object({
    id: z.string(),
    sku: z.string().optional(),
    category: z.string(),
    price: z.number().nonnegative(),
    stock: z.number().int().nonnegative(),
    rating: z.number().optional(),
    tags: z.array(z.string()).default([]),
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
    name: localized,
    description: localized,
    keywords: z.record(z.string(), z.array(z.string())).default({}),
    excludes: z.record(z.string(), z.array(z.string())).default({}),
    similar_to: z.array(z.string()).default([]),
    complementary_to: z.array(z.string()).default([]),
    image: z.string().optional(),
  })).min(1),
});

const OrdersSchema = z.object({
  orders: z.array(z.object({
    id: z.string(),
    customer: z.string().optional(),
    status: z.enum(['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'returned']),
    placed_at: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString() : v)),
    carrier: z.string().nullable().default(null),
    tracking: z.string().nullable().default(null),
    eta: z.union([z.string(), z.date(), z.null()]).default(null).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
    items: z.array(z.object({ product: z.string(), qty: z.number().int().positive(), price: z.number() })),
    total: z.number(),
    currency: z.string(),
  })),
});

export interface Catalog {
  currency: string;
  categories: { id: string; name: Record<string, string> }[];
  products: Product[];
}

/** Reads and checks a catalog: relations must point at existing products. */
export function loadCatalog(path: string): Catalog {
  const file = readYamlFile(path);
  const data = parseWith(file, CatalogSchema);
  const ids = new Set(data.products.map((p) => p.id));
  data.products.forEach((p, i) => {
    for (const rel of ['similar_to', 'complementary_to'] as const) {
      const bad = p[rel].find((r) => !ids.has(r) || r === p.id);
      if (bad) throw file.error(`${rel}: "${bad}" is not another product of the catalog`, ['products', i, rel]);
    }
  });
  const products: Product[] = data.products.map((p) => ({
    ...p,
    currency: data.currency,
    ...(p.sku === undefined ? {} : { sku: p.sku }),
    ...(p.rating === undefined ? {} : { rating: p.rating }),
    ...(p.image === undefined ? {} : { image: p.image }),
  } as Product));
  return { currency: data.currency, categories: data.categories, products };
}

export function loadOrders(path: string): Order[] {
  const file = readYamlFile(path);
  return parseWith(file, OrdersSchema).orders;
}

/** Normalizes what shoppers type as an order number: `sm-100234`, `100234` → `SM100234`. */
export function normalizeOrderId(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return /^sm/i.test(raw.trim()) || digits.length === 6 ? `SM${digits}` : raw.trim().toUpperCase();
}

/** Whole words of a text in its language (a word is never found inside another: 能 is no word of 智能手表). */
function wordsOf(text: string, locale: string): string[] {
  return [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Whether `needle` occurs in `hay` as consecutive whole words. */
function holdsWords(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, j) => hay[i + j] === w)) return true;
  return false;
}

/** A single Chinese character or kana says too little to go on (能 of 能用 is no product word). */
const TOO_SHORT = /^(?:\p{Script=Han}|[\p{Script=Hiragana}\p{Script=Katakana}])$/u;

/**
 * The demo's search: the message's whole words found among a product's names, keywords, tags and category
 * (longer words count more; a whole keyword counts most), never a word found inside another ("能用支付宝吗" is
 * no search for 智能手表, "アイスクリーム" none for a cream).
 */
function searchScore(p: Product, words: readonly string[], locale: string): number {
  const keywords = [...(p.keywords[locale] ?? []), ...(p.keywords.en ?? [])].map((k) => wordsOf(k, locale));
  const hay = new Set([p.name[locale], p.name.en, ...p.tags, p.category].filter((t): t is string => !!t)
    .flatMap((t) => wordsOf(t.replace(/[-_]/g, ' '), locale)).concat(keywords.flat()));
  const whole = keywords.some((k) => holdsWords(words, k)) ? 100 : 0;
  return whole + words.reduce((s, w) => s + (hay.has(w) && !TOO_SHORT.test(w) ? w.length : 0), 0);
}

/** Shoppers whose changes to the demo orders are remembered (the least recently active are forgotten first). */
const DEMO_CUSTOMERS = 10_000;

/**
 * The demo shop: catalog and orders from YAML. Every shopper sees the demo orders as their own: a cancellation
 * changes that shopper's copy only, so shoppers trying the demo at once do not take each other's orders away.
 * Changes live in memory, for the most recently active shoppers.
 */
export function createDemoShop(catalog: Catalog, orders: Order[]): Shop {
  const byId = new Map(catalog.products.map((p) => [p.id, p]));
  // The same matcher as the NLU's product entity: names and keywords per language, typos, excludes, word edges.
  const index = buildProductIndex(catalog.products);
  const template = new Map(orders.map((o) => [o.id, o]));
  const changed = new LruCache<string, Map<string, Order>>(DEMO_CUSTOMERS);
  const find = (id: string, customer: Customer | undefined): Order | undefined => {
    const key = normalizeOrderId(id);
    const order = changed.get(customer?.profileId ?? '')?.get(key) ?? template.get(key);
    return order && structuredClone(order);
  };
  const pick = (ids: string[], limit: number): Product[] => ids.map((id) => byId.get(id)).filter((p): p is Product => !!p).slice(0, limit);
  return {
    getOrder: (id, _signal, customer) => Promise.resolve(find(id, customer) ?? null),
    cancelOrder: (id, _signal, customer) => {
      const order = find(id, customer);
      if (!order) return Promise.resolve({ ok: false, order: null, reason: 'not_found' });
      if (order.status !== 'pending' && order.status !== 'paid') return Promise.resolve({ ok: false, order, reason: order.status });
      order.status = 'cancelled';
      order.eta = null;
      const key = customer?.profileId ?? '';
      const mine = changed.get(key) ?? new Map<string, Order>();
      mine.set(order.id, structuredClone(order));
      changed.set(key, mine);
      return Promise.resolve({ ok: true, order });
    },
    getProduct: (id) => Promise.resolve(byId.get(id) ?? null),
    searchProducts: (q: ProductQuery) => {
      const eligible = (p: Product) => (!q.category || p.category === q.category) && withinBudget(p, q);
      // What the product matcher says the message names comes first, then other products sharing its words.
      const named = index.match(q.text, q.locale, { minScore: 0.5, limit: 20 }).map((m) => m.productId);
      const words = wordsOf(q.text, q.locale);
      const ranked = catalog.products
        .filter(eligible)
        .map((p) => ({ p, s: (named.includes(p.id) ? 1000 - named.indexOf(p.id) : 0) + searchScore(p, words, q.locale) }))
        .filter((x) => x.s > 0)
        .sort((a, b) => b.s - a.s || (b.p.rating ?? 0) - (a.p.rating ?? 0));
      return Promise.resolve(ranked.slice(0, q.limit ?? 3).map((x) => x.p));
    },
    related: (id, relation, limit = 3) => Promise.resolve(pick(byId.get(id)?.[relation] ?? [], limit)),
    recommend: ({ category, limit = 3, ...budget }) =>
      Promise.resolve(
        catalog.products
          .filter((p) => p.stock > 0 && (!category || p.category === category) && withinBudget(p, budget))
          .sort((a, b) => Number(b.tags.includes('bestseller')) - Number(a.tags.includes('bestseller')) || (b.rating ?? 0) - (a.rating ?? 0))
          .slice(0, limit),
      ),
    catalog: () => Promise.resolve(catalog.products),
  };
}

/** True when `p` fits the budget, or cannot be compared with it (priced in another currency). */
function withinBudget(p: Product, budget: Budget): boolean {
  if (budget.maxPrice === undefined) return true;
  if (budget.currency && budget.currency !== p.currency) return true;
  return p.price <= budget.maxPrice;
}
