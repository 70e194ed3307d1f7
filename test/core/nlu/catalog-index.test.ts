import { describe, expect, it, vi } from 'vitest';
import { CatalogIndex, type CatalogIndexLog } from '../../../core/nlu/catalog-index.js';
import { buildProductIndex, buildProductIndexAsync, type CatalogProduct } from '../../../core/nlu/entities-product.js';

const KETTLE = { id: 'K1', name: { en: 'Zephyr Electric Kettle', es: 'Hervidor eléctrico Zephyr' }, keywords: { en: ['kettle'] } };
const LAMP = { id: 'L1', name: { en: 'Lumen Desk Lamp', es: 'Lámpara de escritorio Lumen' } };

function logSpy(): CatalogIndexLog & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => {}, warn: (_o, msg) => warnings.push(msg) };
}

const ids = (index: CatalogIndex, text: string, locale = 'en') => index.current?.match(text, locale).map((m) => m.productId) ?? [];

describe('CatalogIndex', () => {
  it('indexes the catalog, and rebuilds only when it changed', async () => {
    let products: unknown[] = [LAMP];
    const fetch = vi.fn(() => Promise.resolve(products));
    const catalog = new CatalogIndex({ fetch, log: logSpy(), refreshMs: 0 });
    expect(catalog.current).toBeUndefined();
    expect(await catalog.refresh()).toMatchObject({ changed: true, products: 1, skipped: 0 });
    expect(ids(catalog, 'is the lumen desk lamp dimmable')).toEqual(['L1']);
    expect(ids(catalog, 'how hot does the zephyr kettle get')).toEqual([]);

    const before = catalog.current;
    expect(await catalog.refresh()).toEqual({ changed: false, products: 1, skipped: 0, buildMs: 0 });
    expect(catalog.current).toBe(before);
    // Prices and stock are not what names are matched on: no rebuild.
    products = [{ ...LAMP, price: 99, stock: 0, description: { en: 'now cheaper' } }];
    expect((await catalog.refresh()).changed).toBe(false);
    expect(catalog.current).toBe(before);

    products = [KETTLE];
    expect(await catalog.refresh()).toMatchObject({ changed: true, products: 1 });
    expect(ids(catalog, 'how hot does the zephyr kettle get')).toEqual(['K1']);
    expect(ids(catalog, 'el hervidor zephyr', 'es')).toEqual(['K1']);
    expect(ids(catalog, 'is the lumen desk lamp dimmable')).toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(4);

    products = [];
    expect(await catalog.refresh()).toMatchObject({ changed: true, products: 0 });
    expect(catalog.current).toBeUndefined();
  });

  it('leaves malformed products out with a warning and indexes the rest', async () => {
    const log = logSpy();
    const catalog = new CatalogIndex({ fetch: () => Promise.resolve([LAMP, { name: { en: 'No Id' } }, { id: 'X' }, null, { id: 7, name: { en: 'Seven Speaker' } }]), log, refreshMs: 0 });
    expect(await catalog.refresh()).toMatchObject({ changed: true, products: 2, skipped: 3 });
    expect(ids(catalog, 'the seven speaker')).toEqual(['7']);
    expect(log.warnings.join()).toMatch(/left out/);
    const bad = new CatalogIndex({ fetch: () => Promise.resolve({ products: [] } as unknown as unknown[]), log, refreshMs: 0 });
    await expect(bad.refresh()).rejects.toThrow(/not a list/);
  });

  it('keeps the index it has when the shop is down', async () => {
    let down = false;
    const catalog = new CatalogIndex({ fetch: () => (down ? Promise.reject(new Error('connect ECONNREFUSED')) : Promise.resolve([LAMP])), log: logSpy(), refreshMs: 0 });
    await catalog.refresh();
    down = true;
    await expect(catalog.refresh()).rejects.toThrow(/ECONNREFUSED/);
    expect(ids(catalog, 'lumen desk lamp')).toEqual(['L1']);
  });

  it('shares one fetch between concurrent refreshes', async () => {
    const fetch = vi.fn(() => Promise.resolve([LAMP]));
    const catalog = new CatalogIndex({ fetch, log: logSpy(), refreshMs: 0 });
    const [a, b] = await Promise.all([catalog.refresh(), catalog.refresh()]);
    expect(a).toBe(b);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('refreshes on its timer, logs a failed refresh and goes on', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const log = logSpy();
      let n = 0;
      const fetch = vi.fn(() => (++n === 2 ? Promise.reject(new Error('503')) : Promise.resolve(n === 1 ? [LAMP] : [LAMP, KETTLE])));
      const catalog = new CatalogIndex({ fetch, log, refreshMs: 60_000 });
      await catalog.refresh();
      catalog.start();
      await vi.advanceTimersByTimeAsync(60_000);
      await vi.waitFor(() => expect(log.warnings.join()).toMatch(/refresh failed/));
      expect(ids(catalog, 'lumen desk lamp')).toEqual(['L1']);
      await vi.advanceTimersByTimeAsync(60_000);
      await vi.waitFor(() => expect(ids(catalog, 'zephyr kettle')).toEqual(['K1']));
      catalog.stop();
      await vi.advanceTimersByTimeAsync(180_000);
      expect(fetch).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('buildProductIndexAsync', () => {
  const many: CatalogProduct[] = Array.from({ length: 200 }, (_, i) => ({
    id: `P${i}`,
    name: { en: `Model ${i} ${['Trail Shoes', 'Desk Lamp', 'Travel Mug', 'Phone Case'][i % 4]}`, zh: `${['跑鞋', '台灯', '保温杯', '手机壳'][i % 4]} ${i}型` },
    keywords: { en: [['running shoes', 'lamp', 'mug', 'case'][i % 4] ?? ''] },
  }));

  it('lets other work run while it builds, and builds the same index', async () => {
    const order: string[] = [];
    const built = buildProductIndexAsync(many, 0).then((index) => {
      order.push('built');
      return index;
    });
    setImmediate(() => order.push('other work'));
    const index = await built;
    expect(order).toEqual(['other work', 'built']);
    const sync = buildProductIndex(many);
    for (const [text, locale] of [['model 17 desk lamp', 'en'], ['the travel mug', 'en'], ['台灯 17型', 'zh-CN'], ['phone case 3', 'en']] as const) {
      expect(index.match(text, locale), text).toEqual(sync.match(text, locale));
    }
  });
});
