/** A shopper's budget ("under $20") in the demo shop and the `shop.*` actions (the HTTP driver: http.test.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionRegistry } from '../../../core/flow/actions.js';
import { registerShopActions } from '../../../core/shop/actions.js';
import { readBudget, registerBudgetActions, shopperBudget, type BudgetView } from '../../../core/shop/budget.js';
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

type Shown = { id: string; price: number; category: string; overBudget: boolean };
const converting = new ActionRegistry();
registerShopActions(converting, shop, { currency: 'USD', rates: { CNY: 5, JPY: 100 } });
const runIn = async (locale: string, name: string, args: Record<string, unknown>) =>
  (await converting.run(name, args, { ...ctx, locale })) as Shown[] & Shown & { asked: boolean; products: Shown[] };

describe('budgets in other currencies', () => {
  it('converts with the configured rates into the shop currency', async () => {
    // 100 CNY at 5 per USD is $20; 3000 JPY at 100 per USD is $30.
    const cny = await runIn('zh-CN', 'shop.recommend', { limit: 10, max_price: '100', currency: 'CNY' });
    expect(cny.length).toBeGreaterThan(0);
    expect(cny.every((p) => p.price <= 20 && !p.overBudget)).toBe(true);
    expect(cny.some((p) => p.price > 19)).toBe(true);
    const jpy = await runIn('ja', 'shop.recommend', { limit: 20, max_price: 3000, currency: 'JPY' });
    expect(Math.max(...jpy.map((p) => p.price))).toBeLessThanOrEqual(30);
    expect(Math.max(...jpy.map((p) => p.price))).toBeGreaterThan(20);
  });

  it('takes a budget without a currency in the shop currency, and ignores a floor', async () => {
    const bare = await runIn('en', 'shop.recommend', { limit: 10, max_price: 15, currency: '', shop_currency: 'USD' });
    expect(bare.every((p) => p.price <= 15)).toBe(true);
    const floor = await runIn('en', 'shop.recommend', { limit: 10, max_price: 15, currency: 'USD', bound: 'min' });
    expect(floor.some((p) => p.price > 15)).toBe(true);
  });

  it('offers the cheapest close matches, marked, when nothing fits', async () => {
    const found = await runIn('en', 'shop.searchProducts', { query: 'headphones', limit: 2, max_price: 5, currency: 'USD' });
    expect(found.length).toBe(2);
    expect(found.every((p) => p.overBudget)).toBe(true);
    expect(found[0]!.price).toBeLessThanOrEqual(found[1]!.price);
  });

  it('keeps the category of a product kind, and shows a named product over budget as such', async () => {
    const x1 = (await runIn('en', 'shop.findProduct', { product: 'P001', query: 'headphones under 40 dollars', max_price: 40, currency: 'USD' }));
    expect(x1.id).not.toBe('P001');
    expect(x1.category).toBe('audio');
    expect(x1.price).toBeLessThanOrEqual(40);
    const named = await runIn('en', 'shop.findProduct', { product: 'P001', query: 'X1 under 40 dollars', max_price: 40, currency: 'USD' });
    expect(named).toMatchObject({ id: 'P001', overBudget: true });
  });
});

describe('shop.currency_rates', () => {
  it('takes ISO codes with positive rates, and refuses anything else', async () => {
    const { BotSchema } = await import('../../../core/bot/schema.js');
    const shopOf = (currency_rates: unknown) => BotSchema.shape.shop.safeParse({ driver: 'demo', currency_rates });
    expect(shopOf({ CNY: 7.2, JPY: 150 }).success).toBe(true);
    expect(shopOf({ cny: 7.2 }).success).toBe(false);
    expect(shopOf({ CNY: 0 }).success).toBe(false);
    expect(shopOf({ CNY: 'seven' }).success).toBe(false);
  });
});

describe('shop.budget: the budget read once, to say back beside the shop\'s prices', () => {
  const budgets = new ActionRegistry();
  registerBudgetActions(budgets, { currency: 'USD', rates: { CNY: 7.2, EUR: 0.92, VND: 25_000 } });
  const read = async (args: Record<string, unknown>) => (await budgets.run('shop.budget', { shop_currency: 'USD', ...args }, ctx)) as BudgetView | null;

  it('converts a stated currency with the bot\'s rate, and gives both amounts', async () => {
    expect(await read({ max_price: 300, currency: 'CNY', bound: 'max' })).toEqual({
      amount: 300, currency: 'CNY', bound: 'max', reading: 'stated', converted: { amount: 41.67, currency: 'USD' }, convertible: true,
    });
    expect(await read({ max_price: 50, currency: 'USD', bound: 'max' })).toMatchObject({ amount: 50, currency: 'USD', converted: null, convertible: true });
  });

  it('reads a bare amount in the currency its language means when the bot has a rate for it, else in the shop\'s', async () => {
    expect(await read({ max_price: 300, currency: '', local: 'CNY', bound: 'max' })).toMatchObject({ currency: 'CNY', reading: 'local', converted: { amount: 41.67 } });
    expect(await read({ max_price: 300, currency: '', local: 'KRW', bound: 'max' })).toMatchObject({ amount: 300, currency: 'USD', reading: 'shop', converted: null });
    expect(await read({ max_price: 40, currency: '' })).toMatchObject({ amount: 40, currency: 'USD', reading: 'shop' });
    // "dưới 500" is 500 000 ₫: Vietnamese and Indonesian shoppers leave out the thousands.
    expect(await read({ max_price: 500, currency: '', local: 'VND' })).toMatchObject({ amount: 500_000, currency: 'VND', converted: { amount: 20 } });
  });

  it('says when the bot has no rate, and takes no amount for a budget', async () => {
    expect(await read({ max_price: 50, currency: 'CAD' })).toMatchObject({ currency: 'CAD', converted: null, convertible: false });
    expect(await read({ max_price: '', currency: '' })).toBeNull();
    expect(await read({ max_price: 0, currency: 'USD' })).toBeNull();
  });

  it('matches what the searches filter by', () => {
    const view = readBudget({ max_price: 100, currency: 'CNY' }, 'USD', { CNY: 5 });
    expect(view?.converted?.amount).toBe(shopperBudget({ max_price: 100, currency: 'CNY' }, 'USD', { CNY: 5 })?.maxPrice);
  });
});
