import ky from 'ky';
import type { ActionRegistry } from '../flow/actions.js';
import { ActionError } from '../flow/actions.js';
import type { Budget, Order, Product, Shop } from './types.js';

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

/** `max_price` (with `currency`) from an action's arguments; blank or non-positive means no budget. */
function budget(a: Record<string, unknown>): Budget {
  const max = num(a.max_price, NaN);
  if (!(max > 0)) return {};
  const currency = str(a.currency).trim().toUpperCase();
  return { maxPrice: max, ...(/^[A-Z]{3}$/.test(currency) ? { currency } : {}) };
}

/** Registers `shop.*` actions over a Shop, and `http.request` against the bot's own backend. */
export function registerShopActions(registry: ActionRegistry, shop: Shop, options: { backendUrl?: string; backendToken?: string } = {}): void {
  const orderView = async (order: Order | null, locale: string): Promise<unknown> => {
    if (!order) return null;
    const items = await Promise.all(order.items.map(async (i) => {
      const p = await shop.getProduct(i.product);
      return { ...i, name: p ? localize(p, locale).name : i.product };
    }));
    return { ...order, items, itemCount: items.reduce((n, i) => n + i.qty, 0) };
  };
  registry
    .register('shop.getOrder', async (a, ctx) => orderView(await shop.getOrder(str(a.id), ctx.signal), ctx.locale))
    .register('shop.cancelOrder', async (a, ctx) => {
      const r = await shop.cancelOrder(str(a.id), ctx.signal);
      return { ...r, order: await orderView(r.order, ctx.locale) };
    })
    .register('shop.getProduct', async (a, ctx) => {
      const p = await shop.getProduct(str(a.id), ctx.signal);
      return p ? localize(p, ctx.locale) : null;
    })
    .register('shop.searchProducts', async (a, ctx) => {
      const found = await shop.searchProducts({
        text: str(a.query), locale: ctx.locale, limit: num(a.limit, 3), ...(a.category ? { category: str(a.category) } : {}), ...budget(a),
      }, ctx.signal);
      return found.map((p) => localize(p, ctx.locale));
    })
    .register('shop.findProduct', async (a, ctx) => {
      // The NLU's product entity wins; otherwise the best text match.
      const byId = a.product ? await shop.getProduct(str(a.product), ctx.signal) : null;
      const p = byId ?? (await shop.searchProducts({ text: str(a.query), locale: ctx.locale, limit: 1, ...budget(a) }, ctx.signal))[0];
      return p ? localize(p, ctx.locale) : null;
    })
    .register('shop.related', async (a, ctx) => {
      const relation = a.relation === 'complementary_to' ? 'complementary_to' : 'similar_to';
      return (await shop.related(str(a.id), relation, num(a.limit, 3), ctx.signal)).map((p) => localize(p, ctx.locale));
    })
    .register('shop.recommend', async (a, ctx) => {
      const found = await shop.recommend({ limit: num(a.limit, 3), ...(a.category ? { category: str(a.category) } : {}), ...budget(a) }, ctx.signal);
      return found.map((p) => localize(p, ctx.locale));
    });

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
