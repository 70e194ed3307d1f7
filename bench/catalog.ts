/**
 * Indexing a large catalog for product matching: the one-go build (baseline) against the sliced build the
 * server uses at start and on every catalog refresh, in the same run. Reports the time each takes, the
 * longest the event loop was held up meanwhile, and matching latency on the result.
 *
 *   npx tsx bench/catalog.ts [--products 2000] [--keywords shared|unique]
 *
 * The catalog is the demo shop's 54 products (names in 15 languages, keywords) repeated under new brand
 * and model words until it has --products products. Their keywords are the demo's (`shared`: many
 * products have the same ones, as in a real shop) or carry the brand too (`unique`: the worst case).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from 'yaml';
import { buildProductIndex, buildProductIndexAsync, type CatalogProduct } from '../core/nlu/entities-product.js';

const { values } = parseArgs({ options: { products: { type: 'string', default: '2000' }, keywords: { type: 'string', default: 'shared' } } });
const size = Number(values.products);
const demo = (parse(readFileSync(join(import.meta.dirname, '..', 'bots', 'demo-shop', 'shop', 'catalog.yaml'), 'utf8')) as { products: CatalogProduct[] }).products;
const BRANDS = ['Nova', 'Kite', 'Orbit', 'Vela', 'Quill', 'Tundra', 'Mosaic', 'Ember', 'Lark', 'Cobalt'];
const catalog: CatalogProduct[] = Array.from({ length: size }, (_, i) => {
  const p = demo[i % demo.length]!;
  const tag = `${BRANDS[Math.floor(i / demo.length) % BRANDS.length]} ${Math.floor(i / demo.length)}`;
  const keywords = values.keywords === 'unique'
    ? Object.fromEntries(Object.entries(p.keywords ?? {}).map(([l, ks]) => [l, ks.map((k) => `${tag} ${k}`)]))
    : p.keywords;
  return { id: `${p.id}-${i}`, name: Object.fromEntries(Object.entries(p.name).map(([l, n]) => [l, `${tag} ${n}`])), keywords };
});

async function pauses<T>(build: () => Promise<T> | T): Promise<{ result: T; ms: number; longestPauseMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const started = performance.now();
  // The monitor samples from a timer: give it a turn before and after, so a one-go build shows as one pause.
  await new Promise((r) => setTimeout(r, 20));
  const result = await build();
  const ms = performance.now() - started - 20;
  await new Promise((r) => setTimeout(r, 20));
  h.disable();
  return { result, ms, longestPauseMs: h.max / 1e6 };
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const heapBefore = heap();
const once = await pauses(() => buildProductIndex(catalog));
const indexMb = (heap() - heapBefore) / 1e6;
const sliced = await pauses(() => buildProductIndexAsync(catalog));

const texts = ['do you have the nova 3 aurora earbuds', 'tienen auriculares inalámbricos', '有没有无线耳机', 'where is my order SM100234', 'is the phone case waterproof?'];
const latencies: number[] = [];
for (let r = 0; r < 200; r++) {
  for (const t of texts) {
    const t0 = performance.now();
    sliced.result.match(t, t.match(/[\u4e00-\u9fff]/) ? 'zh-CN' : t.startsWith('tienen') ? 'es' : 'en');
    latencies.push(performance.now() - t0);
  }
}
latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(2);

console.log(`catalog of ${size} products, ${values.keywords} keywords (${catalog.reduce((n, p) => n + Object.keys(p.name).length + Object.values(p.keywords ?? {}).flat().length, 0)} names and keywords)`);
console.log(`one go (baseline): ${(once.ms / 1000).toFixed(2)} s, event loop held up to ${once.longestPauseMs.toFixed(0)} ms`);
console.log(`sliced:            ${(sliced.ms / 1000).toFixed(2)} s, event loop held up to ${sliced.longestPauseMs.toFixed(0)} ms`);
console.log(`ratio: time ${(sliced.ms / once.ms).toFixed(2)}×, longest pause ${(sliced.longestPauseMs / once.longestPauseMs).toFixed(3)}×`);
console.log(`matching a message: p50 ${q(0.5)} ms, p99 ${q(0.99)} ms; one index takes ${indexMb.toFixed(0)} MB of heap (two while a refresh builds the next)`);
