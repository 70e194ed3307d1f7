import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../core/nlu/entities.js';
import { buildProductIndex, type CatalogProduct } from '../../../core/nlu/entities-product.js';
import { modelNames } from '../../../core/nlu/entities-product-model.js';
import { segmentUnits } from '../../../core/nlu/entities-product-units.js';

const names = (en: string, es: string, de: string, zh: string) => ({ en, es, de, 'zh-CN': zh });
const CATALOG: CatalogProduct[] = [
  { id: 'X1', name: names('Wireless Headphones X1', 'Auriculares inalámbricos X1', 'Kabellose Kopfhörer X1', '无线耳机 X1'), keywords: { en: ['headphones'] } },
  { id: 'AIR', name: names('True Wireless Earbuds Air 3', 'Auriculares Air 3', 'Ohrhörer Air 3', '真无线耳机 Air 3'), keywords: { en: ['earbuds'] } },
  { id: 'RUN', name: names('Sport Earbuds Run', 'Auriculares deportivos Run', 'Sport-Ohrhörer Run', '运动耳机 Run') },
  { id: 'BOOM', name: names('Portable Speaker Boom 5', 'Altavoz portátil Boom 5', 'Tragbarer Lautsprecher Boom 5', '便携音箱 Boom 5'), keywords: { en: ['speaker'] } },
  { id: 'PEBBLE', name: names('Mini Speaker Pebble', 'Mini altavoz Pebble', 'Mini-Lautsprecher Pebble', '迷你音箱 Pebble'), keywords: { en: ['mini speaker'] } },
  { id: 'CABLE', name: names('Lightning Cable 1m', 'Cable Lightning 1 m', 'Lightning-Kabel 1 m', 'Lightning 充电线 1 米') },
  { id: 'SUN1', name: names('Daily Sunscreen SPF50', 'Protector solar diario SPF50', 'Sonnencreme SPF50', '日常防晒霜 SPF50') },
  { id: 'SUN2', name: names('Sunscreen Stick SPF50', 'Protector solar en barra SPF50', 'Sonnenstick SPF50', '防晒棒 SPF50') },
];
const index = buildProductIndex(CATALOG);

/** Product entities in the order flows read them (`entities.product` is the first). */
function products(text: string, locale: string): string[] {
  return extractEntities(text, { locale, catalog: index, minProductScore: 0.7 }).filter((e) => e.type === 'product').map((e) => String(e.value));
}

describe('product matcher: model names', () => {
  it('finds codes, words with their number and coined words that one product has, in both spellings', () => {
    const found = Object.fromEntries([...modelNames(CATALOG, segmentUnits)].map(([id, runs]) => [id, runs.map((r) => r.join(' '))]));
    expect(found).toEqual({ X1: ['x1'], AIR: ['air 3', 'air3'], BOOM: ['boom 5', 'boom5'], PEBBLE: ['pebble'], CABLE: ['lightning'] });
    // Not: "Run" (too short to tell from a word), "Lightning 1" (1 is a measure: "1m", "1 m", "1 米"), SPF50 (two products have it).
    // "Lightning" is, here: no keyword of the catalog uses it (the demo catalog's do, so there it is not).
  });

  it.each([
    ['is the boom 5 waterproof?', 'en', ['BOOM']],
    ['boom5户外露营够响吗', 'zh-CN', ['BOOM']],
    ['los air3 traen estuche?', 'es', ['AIR']],
    ['wie lange hält der pebble?', 'de', ['PEBBLE']],
    ['x1 oder air 3, was ist besser?', 'de', ['X1', 'AIR']],
    ['air 3 or x1?', 'en', ['AIR', 'X1']],
  ])('names the product by its model alone: %s (%s)', (text, locale, expected) => {
    expect(products(text, locale)).toEqual(expected);
  });

  it('needs the words of a model name next to each other, and not a measure or a shared code', () => {
    expect(products('the air conditioner broke 3 days ago', 'en')).toEqual([]);
    expect(products('i need about 1 m of ribbon', 'en')).toEqual([]);
    expect(products('i want to go for a run', 'en')).toEqual([]);
    expect(products('is spf50 enough?', 'en')).toEqual([]);
  });

  it('puts first the product that more of the message points to, whatever the scores', () => {
    // "speaker" is a keyword of BOOM (exact, 0.95) and only part of PEBBLE's name; "pebble" tells them apart.
    expect(index.match('pebble speaker', 'en').map((m) => m.productId)[0]).toBe('PEBBLE');
    expect(products('is the pebble speaker loud', 'en')[0]).toBe('PEBBLE');
    expect(products('is the speaker loud', 'en')[0]).toBe('BOOM');
  });
});
