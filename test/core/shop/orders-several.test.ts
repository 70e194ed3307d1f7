/** `shop.cancellable` and `shop.cancelOrders`: several orders sorted and cancelled, each lookup for the asking shopper only. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActionRegistry } from '../../../core/flow/actions.js';
import { isLocalizedValue, type LocalizedValue } from '../../../core/flow/expressions.js';
import { createI18n, readLocaleDir, type I18n } from '../../../core/i18n/index.js';
import { createDemoShop, loadCatalog, loadOrders } from '../../../core/shop/demo.js';
import { MAX_ORDERS, registerSeveralOrderActions } from '../../../core/shop/orders-several.js';
import type { Customer, Shop } from '../../../core/shop/types.js';
import { createLogger } from '../../../core/util/log.js';
import { ROOT } from '../../helpers/chat.js';

const shopDir = join(ROOT, 'bots', 'demo-shop', 'shop');
const log = createLogger({ level: 'silent' });
const alice: Customer = { profileId: 'p-alice', platform: 'test', userId: 'alice' };
const bob: Customer = { profileId: 'p-bob', platform: 'test', userId: 'bob' };

interface Cancellable { ids: string[]; list: string; lines: LocalizedValue; refused: LocalizedValue | null; refusedCount: number }
interface Cancelled { lines: LocalizedValue; cancelled: string[]; failed: number }

/** The demo shop, answering only the orders a seller's backend would give `owner` (another shopper's read as not found). */
function ownedBy(owner: Customer, asked: (Customer | undefined)[]): Shop {
  const demo = createDemoShop(loadCatalog(join(shopDir, 'catalog.yaml')), loadOrders(join(shopDir, 'orders.yaml')));
  const theirs = (c: Customer | undefined) => c?.profileId === owner.profileId;
  return {
    ...demo,
    getOrder: async (id, signal, c) => (asked.push(c), theirs(c) ? demo.getOrder(id, signal, c) : null),
    cancelOrder: async (id, signal, c) => (asked.push(c), theirs(c) ? demo.cancelOrder(id, signal, c) : { ok: false, order: null, reason: 'not_found' }),
  };
}

function actions(shop: Shop) {
  const registry = new ActionRegistry();
  registerSeveralOrderActions(registry, shop);
  return (name: string, ids: string[], customer: Customer) =>
    registry.run(name, { ids }, { botId: 'demo-shop', locale: 'en', signal: new AbortController().signal, log, customer });
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n(readLocaleDir(join(ROOT, 'locales')));
});

describe('several orders to cancel', () => {
  it('are sorted into those that can be and those that cannot, with why', async () => {
    const run = actions(ownedBy(alice, []));
    const r = (await run('shop.cancellable', ['SM100236', 'SM100238', 'SM100244', 'SM999999'], alice)) as Cancellable;
    expect(r.ids).toEqual(['SM100236', 'SM100238']);
    expect(r.list).toBe('SM100236 and SM100238');
    expect(r.refusedCount).toBe(2);
    expect(isLocalizedValue(r.refused)).toBe(true);
    expect(r.refused!.localize('en', i18n).split('\n')).toEqual([
      i18n.t('en', 'order.cannot_cancel_delivered', { id: 'SM100244' }), i18n.t('en', 'order.cannot_cancel_not_found', { id: 'SM999999' }),
    ]);
    expect(r.lines.localize('zh-CN', i18n)).toContain('SM100236（1 件商品，US$149.00，尚未付款');
  });

  it('are looked up for the shopper who asks: another one\'s read as not found, and are not cancelled', async () => {
    const asked: (Customer | undefined)[] = [];
    const run = actions(ownedBy(alice, asked));
    const r = (await run('shop.cancellable', ['SM100236', 'SM100238'], bob)) as Cancellable;
    expect([r.ids, r.refusedCount]).toEqual([[], 2]);
    const done = (await run('shop.cancelOrders', ['SM100236'], bob)) as Cancelled;
    expect([done.cancelled, done.failed]).toEqual([[], 1]);
    expect(asked.every((c) => c === bob)).toBe(true);
  });

  it('are cancelled each, and say how it went', async () => {
    const shop = ownedBy(alice, []);
    const done = (await actions(shop)('shop.cancelOrders', ['SM100236', 'SM100238', 'SM100234'], alice)) as Cancelled;
    expect(done.cancelled).toEqual(['SM100236', 'SM100238']);
    expect(done.lines.localize('en', i18n).split('\n')).toEqual([
      i18n.t('en', 'order.cancelled_line_unpaid', { id: 'SM100236' }),
      i18n.t('en', 'order.cancelled_line', { id: 'SM100238', total: '$49.98' }),
      i18n.t('en', 'order.cannot_cancel_shipped', { id: 'SM100234' }),
    ]);
    expect((await shop.getOrder('SM100238', undefined, alice))?.status).toBe('cancelled');
  });

  it(`are ${MAX_ORDERS} at most`, async () => {
    const ids = ['SM100234', 'SM100235', 'SM100236', 'SM100237', 'SM100238', 'SM100239', 'SM100240'];
    const r = (await actions(ownedBy(alice, []))('shop.cancellable', ids, alice)) as Cancellable;
    expect(r.ids.length + r.refusedCount).toBe(MAX_ORDERS);
  });
});
