/** The demo shop's orders are every shopper's own: one shopper cancelling leaves the others' copies as they were. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoShop, loadCatalog, loadOrders } from '../../../core/shop/demo.js';
import { ROOT } from '../../helpers/chat.js';

const dir = join(ROOT, 'bots', 'demo-shop', 'shop');
const orders = loadOrders(join(dir, 'orders.yaml'));
const pending = orders.find((o) => o.status === 'pending')!;
const shopper = (n: number) => ({ profileId: `p-${n}`, platform: 'telegram', userId: String(n) });

describe('demo shop orders', () => {
  it('keeps a cancellation to the shopper who made it', async () => {
    const shop = createDemoShop(loadCatalog(join(dir, 'catalog.yaml')), orders);
    expect(await shop.cancelOrder(pending.id, undefined, shopper(1))).toMatchObject({ ok: true, order: { status: 'cancelled', eta: null } });
    expect(await shop.getOrder(pending.id, undefined, shopper(1))).toMatchObject({ status: 'cancelled' });
    expect(await shop.cancelOrder(pending.id, undefined, shopper(1))).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(await shop.getOrder(pending.id, undefined, shopper(2))).toMatchObject({ status: 'pending' });
    expect(await shop.cancelOrder(pending.id, undefined, shopper(2))).toMatchObject({ ok: true });
    // The YAML's orders themselves are never changed, and a caller changing what it got changes nothing.
    expect(pending.status).toBe('pending');
    const seen = (await shop.getOrder(pending.id, undefined, shopper(3)))!;
    seen.status = 'returned';
    expect(await shop.getOrder(pending.id, undefined, shopper(3))).toMatchObject({ status: 'pending' });
  });

  it('reads order numbers however they are written', async () => {
    const shop = createDemoShop(loadCatalog(join(dir, 'catalog.yaml')), orders);
    expect(await shop.getOrder(pending.id.toLowerCase(), undefined, shopper(1))).toMatchObject({ id: pending.id });
    expect(await shop.getOrder('SM000000', undefined, shopper(1))).toBeNull();
  });
});
