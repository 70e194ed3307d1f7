import ky, { HTTPError, type KyInstance } from 'ky';
import type { Budget, Order, Product, Shop } from './types.js';

export interface HttpShopOptions {
  /** Base URL of the shop's backend, e.g. https://shop.example.com/api/bot/ */
  baseUrl: string;
  /** Bearer token for the backend, if it needs one. */
  token?: string;
  timeoutMs?: number;
  retries?: number;
}

/**
 * A shop backed by the seller's own REST API. Endpoints (relative to baseUrl):
 * GET orders/{id} · POST orders/{id}/cancel · GET products/{id} · GET products?q=&locale=&category=&limit=&max_price=&currency=
 * · GET products/{id}/related?relation=&limit= · GET recommendations?category=&limit=&max_price=&currency= · GET catalog (optional).
 * A 404 means "not found" (null), anything else failing raises and the flow's on_error branch runs.
 */
export function createHttpShop(options: HttpShopOptions): Shop {
  const api: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    timeout: options.timeoutMs ?? 3_000,
    retry: { limit: options.retries ?? 1, methods: ['get'], statusCodes: [408, 429, 500, 502, 503, 504] },
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
  });
  const orNull = async <T>(p: Promise<T>): Promise<T | null> => {
    try {
      return await p;
    } catch (err) {
      if (err instanceof HTTPError && err.response.status === 404) return null;
      throw err;
    }
  };
  const e = encodeURIComponent;
  return {
    getOrder: (id, signal) => orNull(api.get(`orders/${e(id)}`, { ...(signal ? { signal } : {}) }).json<Order>()),
    cancelOrder: async (id, signal) => {
      const res = await orNull(api.post(`orders/${e(id)}/cancel`, { ...(signal ? { signal } : {}) }).json<{ ok: boolean; order: Order | null; reason?: string }>());
      return res ?? { ok: false, order: null, reason: 'not_found' };
    },
    getProduct: (id, signal) => orNull(api.get(`products/${e(id)}`, { ...(signal ? { signal } : {}) }).json<Product>()),
    searchProducts: (q, signal) =>
      api.get('products', {
        searchParams: { q: q.text, locale: q.locale, limit: q.limit ?? 3, ...(q.category ? { category: q.category } : {}), ...budgetParams(q) },
        ...(signal ? { signal } : {}),
      }).json<Product[]>(),
    related: (id, relation, limit = 3, signal) =>
      api.get(`products/${e(id)}/related`, { searchParams: { relation, limit }, ...(signal ? { signal } : {}) }).json<Product[]>(),
    recommend: ({ category, limit = 3, ...budget }, signal) =>
      api.get('recommendations', { searchParams: { limit, ...(category ? { category } : {}), ...budgetParams(budget) }, ...(signal ? { signal } : {}) }).json<Product[]>(),
    catalog: async () => (await orNull(api.get('catalog').json<Product[]>())) ?? [],
  };
}

/** `max_price` and `currency` query parameters of a budget. */
function budgetParams(b: Budget): Record<string, string | number> {
  return { ...(b.maxPrice !== undefined ? { max_price: b.maxPrice } : {}), ...(b.maxPrice !== undefined && b.currency ? { currency: b.currency } : {}) };
}
