import ky from 'ky';
import type { ActionRegistry } from '../flow/actions.js';
import { ActionError } from '../flow/actions.js';
import { withoutBudget } from '../nlu/entities-budget-text.js';
import { tokenize } from '../nlu/tokenize.js';
import { answerAttributes } from './attribute-answer.js';
import { DEFAULT_RATES, shopperBudget, type ShopperBudget } from './budget.js';
import { registerSeveralOrderActions } from './orders-several.js';
import type { Budget, CurrencyRates, Order, Product, Shop } from './types.js';

/** A product as flows see it: text already in the shopper's locale. */
export interface LocalProduct {
  id: string;
  name: string;
  description: string;
  category: string;
  price: number;
  currency: string;
  stock: number;
  inStock: boolean;
  rating: number | null;
  tags: string[];
  attributes: Record<string, string | number | boolean>;
}

export function localize(p: Product, locale: string, fallback = 'en'): LocalProduct {
  return {
    id: p.id,
    name: p.name[locale] ?? p.name[fallback] ?? p.id,
    description: p.description[locale] ?? p.description[fallback] ?? '',
    category: p.category,
    price: p.price,
    currency: p.currency,
    stock: p.stock,
    inStock: p.stock > 0,
    rating: p.rating ?? null,
    tags: p.tags,
    attributes: p.attributes,
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v) || d);

/** A product as a budgeted search shows it: `overBudget` when it is dearer than the shopper's budget. */
export type BudgetedProduct = LocalProduct & { overBudget: boolean };

export interface ShopActionOptions {
  backendUrl?: string;
  backendToken?: string;
  /** The shop's currency, when flows do not pass `shop_currency` (the bot's `currency`). */
  currency?: string;
  /** Exchange rates budgets are converted with (`shop.currency_rates`); default DEFAULT_RATES. */
  rates?: CurrencyRates;
}


/**
 * True when the message names `p` itself ("X1 under $40", "Pebble"), not just its kind ("headphones",
 * "跑鞋"): a word of its name that is none of its keywords and belongs to none of the `others` found.
 */
function namesProduct(p: Product, others: Product[], text: string, locale: string): boolean {
  const said = new Set(tokenize(text, locale));
  const generic = new Set([
    ...[...(p.keywords[locale] ?? []), ...(p.keywords.en ?? [])].flatMap((k) => tokenize(k, locale)),
    ...others.filter((o) => o.id !== p.id).flatMap((o) => [o.name[locale] ?? '', o.name.en ?? ''].flatMap((n) => tokenize(n, locale))),
  ]);
  return [p.name[locale] ?? '', p.name.en ?? ''].flatMap((n) => tokenize(n, locale)).some((w) => said.has(w) && !generic.has(w));
}

/** Registers `shop.*` actions over a Shop, and `http.request` against the bot's own backend. */
export function registerShopActions(registry: ActionRegistry, shop: Shop, options: ShopActionOptions = {}): void {
  const rates = options.rates ?? DEFAULT_RATES;
  const budgetOf = (a: Record<string, unknown>): ShopperBudget | undefined =>
    shopperBudget(a, str(a.shop_currency).trim().toUpperCase() || options.currency, rates);
  const limits = (b: ShopperBudget | undefined): Budget =>
    (b?.maxPrice === undefined ? {} : { maxPrice: b.maxPrice, ...(b.currency ? { currency: b.currency } : {}) });
  const fits = (p: Product, b: ShopperBudget | undefined): boolean =>
    b?.maxPrice === undefined || (b.currency !== undefined && b.currency !== p.currency) || p.price <= b.maxPrice;
  const show = (list: Product[], b: ShopperBudget | undefined, locale: string): BudgetedProduct[] =>
    list.map((p) => ({ ...localize(p, locale), overBudget: !fits(p, b) }));
  /** Nothing fits the budget: the cheapest of what would have been shown, so the shopper sees how close it gets. */
  const cheapest = (list: Product[], limit: number): Product[] => [...list].sort((x, y) => x.price - y.price).slice(0, limit);
  const categoryOf = async (a: Record<string, unknown>, signal: AbortSignal): Promise<string | undefined> => {
    if (a.category) return str(a.category);
    return a.product ? (await shop.getProduct(str(a.product), signal))?.category : undefined;
  };

  const orderView = async (order: Order | null, locale: string): Promise<unknown> => {
    if (!order) return null;
    const items = await Promise.all(order.items.map(async (i) => {
      const p = await shop.getProduct(i.product);
      return { ...i, name: p ? localize(p, locale).name : i.product };
    }));
    return { ...order, items, itemCount: items.reduce((n, i) => n + i.qty, 0) };
  };
  registry
    .register('shop.getOrder', async (a, ctx) => orderView(await shop.getOrder(str(a.id), ctx.signal, ctx.customer), ctx.locale))
    .register('shop.cancelOrder', async (a, ctx) => {
      const r = await shop.cancelOrder(str(a.id), ctx.signal, ctx.customer);
      return { ...r, order: await orderView(r.order, ctx.locale) };
    })
    .register('shop.getProduct', async (a, ctx) => {
      const p = await shop.getProduct(str(a.id), ctx.signal);
      return p ? localize(p, ctx.locale) : null;
    })
    .register('shop.searchProducts', async (a, ctx) => {
      const b = budgetOf(a);
      const category = await categoryOf(a, ctx.signal);
      const text = b ? withoutBudget(str(a.query), ctx.locale) : str(a.query);
      const query = { text, locale: ctx.locale, limit: num(a.limit, 3), ...(category ? { category } : {}) };
      const found = await shop.searchProducts({ ...query, ...limits(b) }, ctx.signal);
      if (found.length > 0 || !b) return show(found, b, ctx.locale);
      return show(cheapest(await shop.searchProducts({ ...query, limit: 10 }, ctx.signal), query.limit), b, ctx.locale);
    })
    .register('shop.findProduct', async (a, ctx) => {
      const b = budgetOf(a);
      // "menos de 20 euros" is no product name: the budget's words and amount would match "20 W" and every "de".
      const text = b ? withoutBudget(str(a.query), ctx.locale) : str(a.query);
      const named = a.product ? await shop.getProduct(str(a.product), ctx.signal) : null;
      if (named && fits(named, b)) return show([named], b, ctx.locale)[0];
      const category = named?.category;
      const query = { text, locale: ctx.locale, ...(category ? { category } : {}) };
      // The NLU's product entity wins when it fits or is named itself; a kind of product ("sneakers under 50") is searched within the budget.
      const within = await shop.searchProducts({ ...query, limit: 1, ...limits(b) }, ctx.signal);
      const all = named || within.length === 0 ? await shop.searchProducts({ ...query, limit: 10 }, ctx.signal) : [];
      if (named && namesProduct(named, all, text, ctx.locale)) return show([named], b, ctx.locale)[0];
      const p = within[0] ?? (category && b ? (await shop.recommend({ category, limit: 1, ...limits(b) }, ctx.signal))[0] : undefined)
        ?? cheapest(named ? [named, ...all] : all, 1)[0];
      return p ? show([p], b, ctx.locale)[0] : null;
    })
    .register('shop.related', async (a, ctx) => {
      const relation = a.relation === 'complementary_to' ? 'complementary_to' : 'similar_to';
      const b = budgetOf(a);
      const found = await shop.related(str(a.id), relation, b ? 10 : num(a.limit, 3), ctx.signal);
      return show(found.filter((p) => fits(p, b)).slice(0, num(a.limit, 3)), b, ctx.locale);
    })
    .register('shop.recommend', async (a, ctx) => {
      const b = budgetOf(a);
      const category = await categoryOf(a, ctx.signal);
      const base = { limit: num(a.limit, 3), ...(category ? { category } : {}) };
      const found = await shop.recommend({ ...base, ...limits(b) }, ctx.signal);
      if (found.length > 0 || !b) return show(found, b, ctx.locale);
      return show(cheapest(await shop.recommend({ ...base, limit: 50 }, ctx.signal), base.limit), b, ctx.locale);
    });
  // "cancel SM100236 and SM100244": which can be, one confirmation, then each cancelled (orders-several.ts).
  registerSeveralOrderActions(registry, shop);
  // "Is it waterproof?": the properties a message asks about, and what product `id`'s attributes say (attribute-answer.ts).
  registry.register('shop.answerAttributes', (a, ctx) => answerAttributes(shop, { id: str(a.id), text: str(a.text) }, ctx.locale, ctx.signal));

  registry.register('http.request', async (a, ctx) => {
    if (!options.backendUrl) throw new ActionError('http.request needs the bot\'s backend.base_url', 'http.request', 'not_configured');
    const method = (str(a.method) || 'GET').toUpperCase();
    const url = new URL(str(a.path).replace(/^\//, ''), options.backendUrl.endsWith('/') ? options.backendUrl : `${options.backendUrl}/`);
    if (!url.href.startsWith(options.backendUrl)) throw new ActionError('http.request path leaves the backend base URL', 'http.request', 'bad_path');
    const res = await ky(url, {
      method,
      signal: ctx.signal,
      timeout: false,
      retry: { limit: method === 'GET' ? 1 : 0 },
      headers: options.backendToken ? { authorization: `Bearer ${options.backendToken}` } : {},
      ...(a.json !== undefined ? { json: a.json } : {}),
      throwHttpErrors: true,
    });
    const type = res.headers.get('content-type') ?? '';
    return type.includes('json') ? await res.json() : await res.text();
  });
}
