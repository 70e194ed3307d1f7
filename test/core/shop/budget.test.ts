/** A shopper's budget ("under $20") reaching the shop: demo driver, HTTP driver and the `shop.*` actions. */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionRegistry } from '../../../core/flow/actions.js';
import { registerShopActions } from '../../../core/shop/actions.js';
import { createDemoShop, loadCatalog, loadOrders } from '../../../core/shop/demo.js';
import { createHttpShop } from '../../../core/shop/http.js';
import { createLogger } from '../../../core/util/log.js';
import { ROOT } from '../../helpers/chat.js';

const dir = join(ROOT, 'bots', 'demo-shop', 'shop');
const shop = createDemoShop(loadCatalog(join(dir, 'catalog.yaml')), loadOrders(join(dir, 'orders.yaml')));
const actions = new ActionRegistry();
registerShopActions(actions, shop);
const ctx = { botId: 'demo-shop', locale: 'en', signal: new AbortController().signal, log: createLogger({ level: 'silent' }) };
const run = async (name: string, args: Record<string, unknown>) => (await actions.run(name, args, ctx)) as { id: string; price: number }[];

describe('budget', () => {
  it('keeps recommendations and searches within a maximum price in the same currency', async () => {
    const picks = await run('shop.recommend', { limit: 5, max_price: '20', currency: 'USD' });
    expect(picks.length).toBe(5);
    expect(picks.every((p) => p.price <= 20)).toBe(true);
    const found = await run('shop.searchProducts', { query: 'headphones', limit: 5, max_price: 40, currency: 'usd' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.price <= 40)).toBe(true);
    const all = await run('shop.searchProducts', { query: 'headphones', limit: 5 });
    expect(all.some((p) => p.price > 40)).toBe(true);
  });

  it('ignores a blank budget, and does not compare prices across currencies (no exchange rates)', async () => {
    const plain = await run('shop.recommend', { limit: 5 });
    expect(await run('shop.recommend', { limit: 5, max_price: '', currency: '' })).toEqual(plain);
    expect(await run('shop.recommend', { limit: 5, max_price: '100', currency: 'CNY' })).toEqual(plain);
    expect(plain.some((p) => p.price > 20)).toBe(true);
  });

  describe('over HTTP', () => {
    const queries: Record<string, string>[] = [];
    const backend = new Hono();
    backend.get('/api/recommendations', (c) => {
      queries.push(c.req.query());
      return c.json([]);
    });
    backend.get('/api/products', (c) => {
      queries.push(c.req.query());
      return c.json([]);
    });
    let server: ServerType;
    let base: string;
    beforeAll(async () => {
      server = await new Promise((resolve) => {
        const s = serve({ fetch: backend.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
      });
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('sends max_price and currency to the seller\'s backend', async () => {
      const http = createHttpShop({ baseUrl: base });
      await http.recommend({ limit: 3, maxPrice: 20, currency: 'USD' });
      await http.searchProducts({ text: 'mug', locale: 'en', maxPrice: 15 });
      await http.recommend({ limit: 3 });
      expect(queries).toEqual([
        { limit: '3', max_price: '20', currency: 'USD' },
        { q: 'mug', locale: 'en', limit: '3', max_price: '15' },
        { limit: '3' },
      ]);
    });
  });
});
