import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpShop } from '../../../core/shop/http.js';
import { registerShopActions } from '../../../core/shop/actions.js';
import { ActionRegistry, ActionError } from '../../../core/flow/actions.js';
import { compileFlow } from '../../../core/flow/compile.js';
import { emptyDialogue, runTurn } from '../../../core/flow/runtime.js';
import { readYamlFile } from '../../../core/util/yaml-file.js';
import { createLogger } from '../../../core/util/log.js';

/** A stand-in for a seller's backend, speaking the REST shape `createHttpShop` documents. */
const backend = new Hono();
let failures = 0;
const calls: string[] = [];
backend.use('*', async (c, next) => {
  calls.push(`${c.req.method} ${c.req.path} ${c.req.header('authorization') ?? ''}`);
  await next();
});
// An order of one shopper (telegram user 42): anyone else gets 403, as a seller's backend checking ownership would answer.
const orderQueries: Record<string, string>[] = [];
const mine = (c: { req: { query(): Record<string, string> } }) => {
  orderQueries.push(c.req.query());
  return c.req.query().customer_platform === 'telegram' && c.req.query().customer_user_id === '42';
};
const ownOrder = { id: 'SM200001', status: 'paid', placed_at: '2026-11-01T00:00:00Z', carrier: null, tracking: null, eta: null, items: [], total: 10, currency: 'EUR' };
backend.get('/api/orders/SM200001', (c) => (mine(c) ? c.json(ownOrder) : c.json({ error: 'not yours' }, 403)));
backend.post('/api/orders/SM200001/cancel', (c) => (mine(c) ? c.json({ ok: true, order: { ...ownOrder, status: 'cancelled' } }) : c.json({ error: 'not yours' }, 403)));
backend.get('/api/orders/:id', (c) => c.req.param('id') === 'SM100001'
  ? c.json({ id: 'SM100001', status: 'shipped', placed_at: '2026-11-01T00:00:00Z', carrier: 'DHL', tracking: 'D1', eta: '2026-11-30', items: [], total: 10, currency: 'EUR' })
  : c.json({ error: 'not found' }, 404));
backend.get('/api/flaky', (c) => (++failures % 2 === 1 ? c.json({ error: 'busy' }, 503) : c.json({ ok: true })));
backend.get('/api/broken', (c) => c.json({ error: 'boom' }, 500));
backend.get('/api/slow', async (c) => {
  await new Promise((r) => setTimeout(r, 1_500));
  return c.json({ late: true });
});
backend.post('/api/echo', async (c) => c.json({ got: await c.req.json<unknown>() }));
const queries: Record<string, string>[] = [];
backend.get('/api/products', (c) => {
  queries.push(c.req.query());
  return c.json([]);
});
backend.get('/api/recommendations', (c) => {
  queries.push(c.req.query());
  return c.json([]);
});
const item = (id: string) => ({ id, name: { en: `Product ${id}` } });
// GET catalog: one list, pages followed through ?cursor=, a page pointing to itself, a page that is gone.
backend.get('/flat/catalog', (c) => c.json([item('A'), item('B')]));
backend.get('/paged/catalog', (c) => {
  const pages: Record<string, { products: object[]; next?: string | null }> = {
    '': { products: [item('P1'), item('P2')], next: 'b' }, b: { products: [item('P3')], next: 'c' }, c: { products: [item('P4')], next: null },
  };
  return c.json(pages[c.req.query('cursor') ?? '']);
});
backend.get('/loop/catalog', (c) => c.json({ products: [item('L')], next: 'same' }));
backend.get('/gone/catalog', (c) => (c.req.query('cursor') ? c.json({ error: 'gone' }, 404) : c.json({ products: [item('G')], next: 'x' })));
backend.get('/odd/catalog', (c) => c.json({ items: [] }));

let server: ServerType;
let base: string;
beforeAll(async () => {
  server = await new Promise((resolve) => {
    const s = serve({ fetch: backend.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ctx = () => ({ botId: 'b', locale: 'en', signal: new AbortController().signal, log: createLogger() });

describe('HTTP shop driver', () => {
  it('sends a budget as max_price and currency', async () => {
    const shop = createHttpShop({ baseUrl: base });
    queries.length = 0;
    await shop.recommend({ limit: 3, maxPrice: 20, currency: 'USD' });
    await shop.searchProducts({ text: 'mug', locale: 'en', maxPrice: 15 });
    await shop.recommend({ limit: 3 });
    expect(queries).toEqual([
      { limit: '3', max_price: '20', currency: 'USD' },
      { q: 'mug', locale: 'en', limit: '3', max_price: '15' },
      { limit: '3' },
    ]);
  });

  it('reads the whole catalog, as one list or page by page, and none when the shop has no GET catalog', async () => {
    const at = (path: string) => createHttpShop({ baseUrl: base.replace(/api\/$/, `${path}/`) });
    expect((await at('flat').catalog()).map((p) => p.id)).toEqual(['A', 'B']);
    calls.length = 0;
    expect((await at('paged').catalog()).map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(calls.map((c) => c.trim())).toEqual(['GET /paged/catalog', 'GET /paged/catalog', 'GET /paged/catalog']);
    expect(await createHttpShop({ baseUrl: base }).catalog()).toEqual([]);
    await expect(at('loop').catalog()).rejects.toThrow(/points to itself/);
    await expect(at('gone').catalog()).rejects.toThrow(/page not found/);
    await expect(at('odd').catalog()).rejects.toThrow(/expected a list of products/);
  });

  it('reads an order, and a 404 is "not found", not an error', async () => {
    const shop = createHttpShop({ baseUrl: base, token: 'secret-token' });
    expect(await shop.getOrder('SM100001')).toMatchObject({ status: 'shipped', carrier: 'DHL' });
    expect(await shop.getOrder('SM999999')).toBeNull();
    expect(calls.at(-1)).toBe('GET /api/orders/SM999999 Bearer secret-token');
  });

  it('says who asks about an order, and another shopper\'s order (403) is "not found"', async () => {
    const shop = createHttpShop({ baseUrl: base });
    const owner = { profileId: 'p-1', platform: 'telegram', userId: '42' };
    const stranger = { profileId: 'p-2', platform: 'telegram', userId: '43' };
    orderQueries.length = 0;
    expect(await shop.getOrder('SM200001', undefined, owner)).toMatchObject({ status: 'paid' });
    expect(orderQueries.at(-1)).toEqual({ customer_platform: 'telegram', customer_user_id: '42', customer_profile: 'p-1' });
    expect(await shop.getOrder('SM200001', undefined, stranger)).toBeNull();
    expect(await shop.cancelOrder('SM200001', undefined, stranger)).toEqual({ ok: false, order: null, reason: 'not_found' });
    expect(await shop.cancelOrder('SM200001', undefined, owner)).toMatchObject({ ok: true, order: { status: 'cancelled' } });
    // Through the flow action, the shopper of the turn is passed on.
    const registry = new ActionRegistry();
    registerShopActions(registry, shop, { backendUrl: base });
    await expect(registry.run('shop.getOrder', { id: 'SM200001' }, { ...ctx(), customer: stranger })).resolves.toBeNull();
    await expect(registry.run('shop.getOrder', { id: 'SM200001' }, { ...ctx(), customer: owner })).resolves.toMatchObject({ status: 'paid' });
  });

  it('raises on a server error so the flow can take its error branch', async () => {
    const registry = new ActionRegistry();
    registerShopActions(registry, createHttpShop({ baseUrl: base }), { backendUrl: base });
    await expect(registry.run('http.request', { path: 'broken' }, ctx())).rejects.toMatchObject({ name: 'ActionError', code: 'failed' });
  });

  it('retries an idempotent GET once on 503', async () => {
    const registry = new ActionRegistry();
    registerShopActions(registry, createHttpShop({ baseUrl: base }), { backendUrl: base });
    failures = 0;
    await expect(registry.run('http.request', { path: 'flaky' }, ctx())).resolves.toEqual({ ok: true });
  });

  it('posts JSON and refuses paths that leave the backend', async () => {
    const registry = new ActionRegistry();
    registerShopActions(registry, createHttpShop({ baseUrl: base }), { backendUrl: base });
    await expect(registry.run('http.request', { method: 'POST', path: '/echo', json: { a: 1 } }, ctx())).resolves.toEqual({ got: { a: 1 } });
    await expect(registry.run('http.request', { path: 'http://127.0.0.2/steal' }, ctx())).rejects.toMatchObject({ code: 'bad_path' });
    await expect(registry.run('http.request', { path: '../../etc' }, ctx())).rejects.toMatchObject({ code: 'bad_path' });
  });

  it('times out a slow backend and the flow answers from its on_error branch', async () => {
    const registry = new ActionRegistry();
    registerShopActions(registry, createHttpShop({ baseUrl: base }), { backendUrl: base });
    const src = `id: slow
steps:
  - call: http.request
    with: { path: slow }
    timeout_ms: 100
    as: result
    on_error:
      - say: core.backend_down
        vars: { code: "{{ error.code }}" }
      - end: true
  - say: order.status
`;
    const flow = compileFlow(readYamlFile('flows/slow.yaml', src), src);
    const state = emptyDialogue();
    const out = await runTurn(state, { kind: 'message', text: 'x', locale: 'en', understanding: { intent: 'slow', confidence: 1, ranking: [], entities: [] } }, {
      flows: new Map([['slow', { ...flow, triggers: { intents: ['slow'] } }]]), actions: registry, threshold: 0.5, digressionThreshold: 0.75,
      fallbackFlow: undefined, scope: {}, handoff: () => Promise.resolve(), signal: new AbortController().signal, log: createLogger(), botId: 'b',
    });
    expect(out.outputs).toEqual([{ key: 'core.backend_down', vars: { code: 'timeout' } }]);
  });

  it('an unknown action is a typed error', async () => {
    await expect(new ActionRegistry().run('nope', {}, ctx())).rejects.toBeInstanceOf(ActionError);
  });
});
