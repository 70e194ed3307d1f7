/** A shopper's budget ("under $20") in the demo shop and the `shop.*` actions (the HTTP driver: http.test.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionRegistry } from '../../../core/flow/actions.js';
import { registerShopActions } from '../../../core/shop/actions.js';
import { createDemoShop, loadCatalog, loadOrders } from '../../../core/shop/demo.js';
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
});
