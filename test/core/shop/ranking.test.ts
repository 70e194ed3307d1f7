/** `shop.rank` over the demo catalog: kinds, superlatives, a cheaper one of the same kind, gifts. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionRegistry } from '../../../core/flow/actions.js';
import { createDemoShop, loadCatalog, loadOrders } from '../../../core/shop/demo.js';
import { giftScore, kindClosure, registerRankingActions, sameKind, type Ranked } from '../../../core/shop/ranking.js';
import type { Product } from '../../../core/shop/types.js';
import { createLogger } from '../../../core/util/log.js';
import { ROOT } from '../../helpers/chat.js';

const dir = join(ROOT, 'bots', 'demo-shop', 'shop');
const catalog = loadCatalog(join(dir, 'catalog.yaml'));
const shop = createDemoShop(catalog, loadOrders(join(dir, 'orders.yaml')));
const byId = (id: string): Product => catalog.products.find((p) => p.id === id)!;
const actions = new ActionRegistry();
registerRankingActions(actions, shop, { currency: 'USD', rates: { CNY: 7.2 } });
const rank = async (args: Record<string, unknown>, locale = 'en'): Promise<Ranked> =>
  (await actions.run('shop.rank', { limit: 3, ...args }, { botId: 'demo-shop', locale, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) })) as Ranked;
const ids = (r: Ranked) => r.products.map((p) => p.id);

describe('kinds', () => {
  it('are similar products and those sharing two keywords, one category, linked step by step', () => {
    expect(sameKind(byId('P005'), byId('P006'))).toBe(true);
    // One keyword in common ("充電器") does not make a power bank a charger.
    expect(sameKind(byId('P011'), byId('P015'))).toBe(false);
    // The gaming headset is the earbuds' kind through the headphones both are similar to.
    expect(sameKind(byId('P002'), byId('P003'))).toBe(false);
    expect(kindClosure([byId('P002')], catalog.products).map((p) => p.id).sort()).toEqual(['P001', 'P002', 'P003', 'P004']);
    expect(kindClosure([byId('P011')], catalog.products).map((p) => p.id).sort()).toEqual(['P011', 'P012']);
  });
});

describe('superlatives', () => {
  it('rank the kind named: the cheapest speaker, in the shopper\'s word for it', async () => {
    const r = await rank({ query: "what's the cheapest speaker", product: 'P005', products: ['P005'] });
    expect(r).toMatchObject({ ask: 'cheapest', scope: 'kind', kind: 'speaker' });
    expect(ids(r)).toEqual(['P006', 'P005']);
  });

  it('narrow to the word said when two or more of the kind have it ("best earbuds" are no over-ear headphones)', async () => {
    const earbuds = await rank({ query: 'best earbuds', product: 'P003' });
    expect(ids(earbuds)).toEqual(['P003']);
    // Only the big speaker has "altoparlante" among its keywords: both speakers are still ranked.
    const speakers = await rank({ query: "l'altoparlante più economico", product: 'P005' }, 'it');
    expect(ids(speakers)[0]).toBe('P006');
  });

  it('rank by an attribute in one unit, and give its value for the reply', async () => {
    const r = await rank({ query: 'lightest headphones', product: 'P001' });
    expect(r.ask).toBe('lightest');
    expect(ids(r)[0]).toBe('P003');
    expect(r.value).toEqual({ weight_g: 48 });
    const battery = await rank({ query: 'headphones with the longest battery', product: 'P001' });
    expect(ids(battery)[0]).toBe('P001');
    expect(battery.value).toEqual({ battery_hours: 30 });
  });

  it('say when none of the products lists what they would be ranked by', async () => {
    const r = await rank({ query: 'lightest charger', product: 'P011' });
    expect(r).toMatchObject({ ask: 'lightest', unknown: true });
    expect(ids(r).sort()).toEqual(['P011', 'P012']);
  });

  it('rank the products just shown when no kind is named, and everything when nothing was shown', async () => {
    const shown = await rank({ query: 'which is the cheapest?', last: 'P001', shown: ['P001', 'P002', 'P003'] });
    expect(shown).toMatchObject({ ask: 'cheapest', scope: 'shown' });
    expect(ids(shown)).toEqual(['P003', 'P002', 'P001']);
    const all = await rank({ query: "what's your cheapest product" });
    expect(all.scope).toBe('all');
    expect(ids(all)[0]).toBe('P049');
  });

  it('stay within a budget', async () => {
    const r = await rank({ query: 'most expensive headphones', product: 'P001', max_price: 300, currency: 'CNY', shop_currency: 'USD' });
    // ¥300 is $41.67: the headset at $45.99 and the X1 are over it.
    expect(ids(r)).toEqual(['P003']);
  });
});

describe('a cheaper one', () => {
  it('is of the same kind, and a sold-out cheaper one is given apart', async () => {
    const r = await rank({ query: 'anything cheaper?', last: 'P003' });
    expect(r).toMatchObject({ ask: 'cheaper', products: [] });
    expect(r.unavailable.map((p) => p.id)).toEqual(['P004']);
    // Not the $24.99 speaker of the same category.
    const charger = await rank({ query: 'cheaper?', last: 'P011' });
    expect(ids(charger)).toEqual(['P012']);
  });

  it('after a list the product heads, is cheaper than the cheapest of it; after a search, than the product found', async () => {
    const list = await rank({ query: 'anything cheaper?', last: 'P002', shown: ['P002', 'P003'] });
    expect(list.product?.id).toBe('P003');
    const search = await rank({ query: 'anything cheaper?', last: 'P001', shown: ['P002', 'P003'] });
    expect(search.product?.id).toBe('P001');
    expect(ids(search)).toEqual(['P002', 'P003']);
  });

  it('is no question with a budget ("cheaper than $30")', async () => {
    expect((await rank({ query: 'cheaper than $30', last: 'P003', max_price: 30, currency: 'USD' })).ask).not.toBe('cheaper');
  });
});

describe('gifts', () => {
  it('prefer what makes a gift within the budget over the best-selling charger', async () => {
    const r = await rank({ query: 'gift for my dad under $50', max_price: 50, currency: 'USD' });
    expect(r.ask).toBe('gift');
    expect(ids(r)[0]).toBe('P037');
    expect(ids(r)).not.toContain('P011');
    expect(r.products.every((p) => p.price <= 50)).toBe(true);
    expect(giftScore(byId('P037'), 30)).toBeGreaterThan(giftScore(byId('P011'), 30));
  });

  it('show one of a kind while there are other kinds', async () => {
    const r = await rank({ query: 'gift ideas', limit: 3 });
    const picks = r.products.map((p) => byId(p.id));
    for (const [i, p] of picks.entries()) for (const q of picks.slice(i + 1)) expect(sameKind(p, q)).toBe(false);
  });
});

describe('a kind with a budget', () => {
  it('keeps the kind named: earbuds under ¥300, not the speaker of the same category', async () => {
    const r = await rank({ query: '300以内的耳机', product: 'P001', products: ['P001', 'P003'], max_price: 300, currency: 'CNY', shop_currency: 'USD' }, 'zh-CN');
    expect(r.ask).toBe('kind');
    expect(ids(r)).toEqual(['P003']);
  });
});
