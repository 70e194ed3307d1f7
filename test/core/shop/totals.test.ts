/** `shop.totals`: products added up, a line each in the shopper's language and the total in the shop's money. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActionRegistry } from '../../../core/flow/actions.js';
import { isLocalizedValue } from '../../../core/flow/expressions.js';
import { createI18n, readLocaleDir, type I18n } from '../../../core/i18n/index.js';
import { formatMoney } from '../../../core/i18n/money.js';
import { createDemoShop, loadCatalog } from '../../../core/shop/demo.js';
import { registerTotalsActions, type Totals } from '../../../core/shop/totals.js';
import type { Product, Shop } from '../../../core/shop/types.js';
import { LOCALES } from '../../../core/util/locales.js';
import { createLogger } from '../../../core/util/log.js';
import { ROOT } from '../../helpers/chat.js';

const catalog = loadCatalog(join(ROOT, 'bots', 'demo-shop', 'shop', 'catalog.yaml'));
const demo = createDemoShop(catalog, []);
const log = createLogger({ level: 'silent' });
const product = (id: string): Product => catalog.products.find((p) => p.id === id)!;

const totalsOver = (shop: Shop) => {
  const registry = new ActionRegistry();
  registerTotalsActions(registry, shop);
  return (args: Record<string, unknown>) =>
    registry.run('shop.totals', args, { botId: 'demo-shop', locale: 'en', signal: new AbortController().signal, log }) as Promise<Totals | null>;
};
const totals = totalsOver(demo);

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n(readLocaleDir(join(ROOT, 'locales')));
});

describe('shop.totals', () => {
  it('adds up the products, a line each with its price', async () => {
    const t = (await totals({ ids: ['P007', 'P008'] }))!;
    expect(t).toMatchObject({ ids: ['P007', 'P008'], total: 39.98, currency: 'USD', inStock: true });
    expect(t.lines.localize('en', i18n)).toBe('Clear Shockproof Phone Case: $14.99\nLeather Phone Case with Card Slots: $24.99');
  });

  it('multiplies by the quantity, and says each price', async () => {
    const t = (await totals({ ids: ['P008'], quantity: 2 }))!;
    expect(t.total).toBe(49.98);
    expect(t.lines.localize('en', i18n)).toBe('2 × Leather Phone Case with Card Slots: $49.98 ($24.99 each)');
  });

  it('marks what cannot be ordered now', async () => {
    const t = (await totals({ ids: ['P003', 'P004'] }))!;
    expect(t.inStock).toBe(false);
    expect(t.lines.localize('en', i18n)).toContain('Sport Earbuds Run: $29.99 (out of stock right now)');
  });

  it('words the lines in every locale, with the names and prices as the shop shows them there', async () => {
    const t = (await totals({ ids: ['P001', 'P003'] }))!;
    expect(isLocalizedValue(t.lines)).toBe(true);
    for (const locale of LOCALES) {
      const text = t.lines.localize(locale, i18n);
      for (const id of ['P001', 'P003']) {
        const p = product(id);
        expect(text).toContain(p.name[locale]);
        expect(text).toContain(formatMoney(p.price, p.currency, locale));
      }
    }
  });

  it('leaves out unknown products, and adds nothing up across currencies', async () => {
    expect((await totals({ ids: ['P001', 'NOPE'] }))?.ids).toEqual(['P001']);
    expect(await totals({ ids: ['NOPE'] })).toBeNull();
    const mixed: Shop = { ...demo, getProduct: async (id) => (id === 'P003' ? { ...product('P003'), currency: 'EUR' } : demo.getProduct(id)) };
    expect(await totalsOver(mixed)({ ids: ['P001', 'P003'] })).toBeNull();
  });
});
