/**
 * The product index of a bot's catalog, kept current while the server runs: the shop's catalog is
 * fetched every `refreshMs` (and on demand), and when it changed the index is rebuilt a slice at a time
 * (buildProductIndexAsync), then swapped in whole. Turns always read a complete index, the old one until
 * the new one is ready. A fetch that fails keeps the index in use; products without an id or names are
 * left out, with a warning, instead of failing the rest.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { buildProductIndexAsync, type CatalogProduct, type ProductIndex } from './entities-product.js';

/** The subset of a pino logger this module uses. */
export interface CatalogIndexLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface CatalogIndexOptions {
  /** Fetches the whole catalog (Shop.catalog). */
  fetch: () => Promise<readonly unknown[]>;
  log: CatalogIndexLog;
  /** How often to look for changes; 0 = only when `refresh()` is called. */
  refreshMs: number;
}

/** What one refresh did. */
export interface CatalogRefresh {
  /** False when the catalog was the same as the one indexed. */
  changed: boolean;
  /** Products in the index now. */
  products: number;
  /** Products of the fetched catalog left out as malformed. */
  skipped: number;
  /** Time spent building the index (0 when unchanged). */
  buildMs: number;
}

const ProductSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  name: z.record(z.string(), z.string()),
  keywords: z.record(z.string(), z.array(z.string())).optional(),
  excludes: z.record(z.string(), z.array(z.string())).optional(),
});

export class CatalogIndex {
  private index: ProductIndex | undefined;
  private version: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<CatalogRefresh> | undefined;

  constructor(private readonly options: CatalogIndexOptions) {}

  /** The index turns match against (undefined before the first successful refresh or for an empty catalog). */
  get current(): ProductIndex | undefined {
    return this.index;
  }

  /** Fetches the catalog and rebuilds the index if it changed. Concurrent calls share one refresh. */
  refresh(): Promise<CatalogRefresh> {
    this.running ??= this.load().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Starts the periodic refresh (no-op when `refreshMs` is 0). Failures are logged; the old index stays. */
  start(): void {
    if (this.options.refreshMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      this.refresh().catch((err: unknown) => {
        this.options.log.warn({ err }, 'catalog refresh failed; product names are matched against the catalog indexed before');
      });
    }, this.options.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async load(): Promise<CatalogRefresh> {
    const fetched = await this.options.fetch();
    if (!Array.isArray(fetched)) throw new TypeError('the shop catalog is not a list of products');
    const products: CatalogProduct[] = [];
    for (const item of fetched) {
      const parsed = ProductSchema.safeParse(item);
      if (parsed.success) products.push(parsed.data);
    }
    const skipped = fetched.length - products.length;
    if (skipped > 0) this.options.log.warn({ skipped, products: products.length }, 'catalog products without an id or names were left out of product matching');
    const version = createHash('sha256').update(JSON.stringify(products)).digest('hex');
    if (version === this.version) return { changed: false, products: products.length, skipped, buildMs: 0 };
    const started = performance.now();
    const index = products.length > 0 ? await buildProductIndexAsync(products) : undefined;
    const buildMs = Math.round(performance.now() - started);
    this.index = index;
    this.version = version;
    this.options.log.info({ products: products.length, buildMs }, 'catalog indexed for product matching');
    return { changed: true, products: products.length, skipped, buildMs };
  }
}
