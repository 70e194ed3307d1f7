/**
 * Product-name matching on the demo catalog, measured on shopper messages labelled with the products they
 * mean (test/fixtures/nlu/products/README.md). `heldout/` is never used to change the matcher or the
 * catalog; `dev/` is what the matcher was worked on against.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEntityExtractor } from '../../../core/nlu/defaults.js';
import { buildProductIndex } from '../../../core/nlu/entities-product.js';
import { evaluateProducts, productsFound, readProductExamples } from '../../../core/nlu/product-eval.js';
import { loadCatalog } from '../../../core/shop/demo.js';
import { LOCALES } from '../../../core/util/locales.js';
import { ROOT } from '../../helpers/chat.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'nlu', 'products');
const index = buildProductIndex(loadCatalog(join(ROOT, 'bots', 'demo-shop', 'shop', 'catalog.yaml')).products);
// The demo bot's nlu.product_min_score (0.7, the default).
const find = productsFound(defaultEntityExtractor({ catalog: { current: index }, minProductScore: 0.7 }));

describe('demo catalog product matching', () => {
  it('takes the right product (or none) in at least 90% of held-out messages, and 80% in every locale', async () => {
    const result = evaluateProducts(await readProductExamples(join(FIXTURES, 'heldout')), find);
    expect(Object.keys(result.perLocale).sort()).toEqual([...LOCALES].sort());
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
    const below = Object.entries(result.perLocale).filter(([, s]) => s.accuracy < 0.8);
    expect(below, JSON.stringify(result.perLocale)).toEqual([]);
    expect(result.falsePositives).toBeLessThanOrEqual(15);
  });

  it('takes the right product in at least 93% of the development messages, with no false positive', async () => {
    const result = evaluateProducts(await readProductExamples(join(FIXTURES, 'dev')), find);
    expect(result.accuracy, JSON.stringify(result.misses.slice(0, 10))).toBeGreaterThanOrEqual(0.93);
    // The demo catalog's `excludes` were written from these messages' two-sense words (hour / watch, …).
    expect(result.falsePositives, JSON.stringify(result.misses.filter((m) => m.expected.length === 0))).toBe(0);
  });
});
