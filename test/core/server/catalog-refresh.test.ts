import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Server } from '../../../core/server/index.js';
import { MODELS_DIR, ROOT, tempDir } from '../../helpers/chat.js';

const TOKEN = 'test-admin-token';

const product = (id: string, en: string, waterproof: boolean) => ({
  id, category: 'home', price: 30, currency: 'USD', stock: 5, tags: [], attributes: { waterproof },
  name: { en }, description: { en: `${en}, sold by the test shop` }, keywords: {}, similar_to: [], complementary_to: [],
});
const LAMP = product('L1', 'Lumen Desk Lamp', false);
const KETTLE = product('K1', 'Zephyr Electric Kettle', true);

/** A seller's backend whose catalog changes while shopmate runs. */
let catalog: object[] | 'broken' = [LAMP];
const calls: string[] = [];
const backend = new Hono();
backend.use('*', async (c, next) => {
  calls.push(`${c.req.method} ${c.req.path}`);
  await next();
});
backend.get('/api/catalog', (c) => (catalog === 'broken' ? c.json({ error: 'boom' }, 500) : c.json(catalog)));
backend.get('/api/products/:id', (c) => {
  const found = catalog !== 'broken' && (catalog as { id: string }[]).find((p) => p.id === c.req.param('id'));
  return found ? c.json(found) : c.json({ error: 'not found' }, 404);
});
backend.get('/api/products', (c) => c.json([]));
backend.get('/api/recommendations', (c) => c.json([]));

describe('catalog refresh', () => {
  let shopServer: ServerType;
  let s: Server;
  const dirs: { remove(): void }[] = [];

  beforeAll(async () => {
    shopServer = serve({ fetch: backend.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => shopServer.once('listening', r));
    const shopUrl = `http://127.0.0.1:${(shopServer.address() as AddressInfo).port}/api/`;
    // The demo bot, but with its shop behind HTTP and no periodic refresh: the test refreshes through the API.
    const root = tempDir();
    const data = tempDir();
    dirs.push(root, data);
    mkdirSync(join(root.path, 'bots'));
    for (const d of ['flows', 'locales']) symlinkSync(join(ROOT, d), join(root.path, d));
    symlinkSync(join(ROOT, 'bots', 'demo-shop'), join(root.path, 'bots', 'demo-shop'));
    const yaml = readFileSync(join(ROOT, 'bots', 'demo-shop.yaml'), 'utf8');
    expect(yaml).toMatch(/shop:\n {2}driver: demo\n/);
    writeFileSync(join(root.path, 'bots', 'demo-shop.yaml'), yaml.replace(/shop:\n {2}driver: demo\n/, 'shop:\n  driver: http\n  base_url_env: SHOP_URL\n  catalog_refresh_minutes: 0\n'));
    s = await startServer({ root: root.path, dataDir: data.path, modelsDir: MODELS_DIR, port: 0, host: '127.0.0.1', env: { SHOPMATE_ADMIN_TOKEN: TOKEN, SHOP_URL: shopUrl } });
  });
  afterAll(async () => {
    await s?.close();
    await new Promise((r) => shopServer?.close(r));
    dirs.forEach((d) => d.remove());
  });

  const refresh = (token = TOKEN) => fetch(`${s.url}/api/bots/demo-shop/catalog/refresh`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const ask = async (userId: string, text: string) => {
    const res = await fetch(`${s.url}/chat/demo-shop/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, text, locale: 'en' }) });
    expect(res.status).toBe(200);
    return ((await res.json()) as { replies: { type: string; text?: string }[] }).replies.map((r) => r.text ?? '').join('\n');
  };

  it('matches a product added to the shop after start once the catalog is refreshed', async () => {
    calls.length = 0;
    expect(await ask('shopper-1', 'is the zephyr electric kettle waterproof?')).toContain(s.app.i18n.t('en', 'product.ask_which'));
    expect(calls).not.toContain('GET /api/products/K1');

    catalog = [LAMP, KETTLE];
    expect((await refresh('wrong')).status).toBe(401);
    const res = await refresh();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ changed: true, products: 2, skipped: 0 });
    expect(await (await refresh()).json()).toMatchObject({ changed: false, products: 2 });

    calls.length = 0;
    expect(await ask('shopper-2', 'is the zephyr electric kettle waterproof?')).toContain('Zephyr Electric Kettle');
    expect(calls).toContain('GET /api/products/K1');
  });

  it('answers 502 when the shop fails, and keeps matching against the catalog it has', async () => {
    catalog = 'broken';
    const res = await refresh();
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: string }).error).toMatch(/catalog/);
    catalog = [LAMP, KETTLE];
    calls.length = 0;
    expect(await ask('shopper-3', 'is the zephyr electric kettle waterproof?')).toContain('Zephyr Electric Kettle');
    expect(calls).toContain('GET /api/products/K1');
    expect((await fetch(`${s.url}/api/bots/nobody/catalog/refresh`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});
