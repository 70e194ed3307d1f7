import ky, { HTTPError, type KyInstance } from 'ky';
import type { Budget, Customer, Order, Product, Shop } from './types.js';

export interface HttpShopOptions {
  /** Base URL of the shop's backend, e.g. https://shop.example.com/api/bot/ */
  baseUrl: string;
  /** Bearer token for the backend, if it needs one. */
  token?: string;
  timeoutMs?: number;
  /** Per page of `GET catalog`, which can be large (default 60 s). */
  catalogTimeoutMs?: number;
  retries?: number;
}

/** A page of `GET catalog` when the shop pages it: `next` is the cursor of the next page, absent or null on the last. */
interface CatalogPage {
  products: Product[];
  next?: string | null;
}

/** Pages of `GET catalog` followed at most (a loop guard: a million products at 100 per page). */
const MAX_CATALOG_PAGES = 10_000;

/**
 * A shop backed by the seller's own REST API. Endpoints (relative to baseUrl):
 * GET orders/{id} · POST orders/{id}/cancel (both with the asking shopper as `customer_platform`, `customer_user_id`
 * and `customer_profile` query parameters, so the backend can answer only about the shopper's own orders) · GET products/{id} · GET products?q=&locale=&category=&limit=&max_price=&currency=
 * · GET products/{id}/related?relation=&limit= · GET recommendations?category=&limit=&max_price=&currency= · GET catalog (optional:
 * a list of products, or pages `{ products, next }` followed through `GET catalog?cursor=<next>`).
 * A 404 means "not found" (null), and so does a 403 on an order (someone else's: the shopper is told the same as for
 * a number that does not exist); anything else failing raises and the flow's on_error branch runs.
 */
export function createHttpShop(options: HttpShopOptions): Shop {
  const api: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    timeout: options.timeoutMs ?? 3_000,
    retry: { limit: options.retries ?? 1, methods: ['get'], statusCodes: [408, 429, 500, 502, 503, 504] },
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
  });
  const orNull = async <T>(p: Promise<T>, missing: readonly number[] = [404]): Promise<T | null> => {
    try {
      return await p;
    } catch (err) {
      if (err instanceof HTTPError && missing.includes(err.response.status)) return null;
      throw err;
    }
  };
  const NOT_THEIRS = [403, 404];
  const e = encodeURIComponent;
  return {
    getOrder: (id, signal, customer) =>
      orNull(api.get(`orders/${e(id)}`, { searchParams: customerParams(customer), ...(signal ? { signal } : {}) }).json<Order>(), NOT_THEIRS),
    cancelOrder: async (id, signal, customer) => {
      const res = await orNull(
        api.post(`orders/${e(id)}/cancel`, { searchParams: customerParams(customer), ...(signal ? { signal } : {}) }).json<{ ok: boolean; order: Order | null; reason?: string }>(),
        NOT_THEIRS,
      );
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
    catalog: () => fetchCatalog(api, options.catalogTimeoutMs ?? 60_000, orNull),
  };
}

/** The whole catalog: one list, or every page of it; a shop without `GET catalog` (404) has none. */
async function fetchCatalog(api: KyInstance, timeout: number, orNull: <T>(p: Promise<T>) => Promise<T | null>): Promise<Product[]> {
  const products: Product[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_CATALOG_PAGES; page++) {
    const body = await orNull(api.get('catalog', { timeout, ...(cursor !== undefined ? { searchParams: { cursor } } : {}) }).json<Product[] | CatalogPage>());
    if (body === null) {
      if (page === 0) return [];
      throw new Error(`GET catalog?cursor=${cursor ?? ''}: page not found`);
    }
    if (Array.isArray(body)) return page === 0 ? body : [...products, ...body];
    if (!body || !Array.isArray(body.products)) throw new Error('GET catalog: expected a list of products or { products, next }');
    products.push(...body.products);
    if (body.next === undefined || body.next === null || body.next === '') return products;
    if (body.next === cursor) throw new Error(`GET catalog: page ${page + 1} points to itself (next: ${JSON.stringify(body.next)})`);
    cursor = String(body.next);
  }
  throw new Error(`GET catalog: more than ${MAX_CATALOG_PAGES} pages`);
}

/** Who asks about an order, as query parameters (none when the flow runs without a shopper). */
function customerParams(c: Customer | undefined): Record<string, string> {
  return c ? { customer_platform: c.platform, customer_user_id: c.userId, customer_profile: c.profileId } : {};
}

/** `max_price` and `currency` query parameters of a budget. */
function budgetParams(b: Budget): Record<string, string | number> {
  return { ...(b.maxPrice !== undefined ? { max_price: b.maxPrice } : {}), ...(b.maxPrice !== undefined && b.currency ? { currency: b.currency } : {}) };
}
