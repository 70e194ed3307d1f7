import { describe, expect, it } from 'vitest';
import { CatalogIndex } from '../../../core/nlu/catalog-index.js';
import { extractEntities } from '../../../core/nlu/entities.js';
import { buildProductIndex, buildProductIndexAsync, type CatalogProduct, type ProductIndex } from '../../../core/nlu/entities-product.js';
import { createLogger } from '../../../core/util/log.js';

const WATCH: CatalogProduct = {
  id: 'WATCH',
  name: { en: 'Smart Watch Pro 2', de: 'Smartwatch Pro 2', ru: 'Умные часы Pro 2', tr: 'Akıllı Saat Pro 2', 'zh-CN': '智能手表 Pro 2' },
  keywords: { en: ['watch'], de: ['Uhr', 'Smartwatch'], ru: ['часы'], tr: ['saat', 'kılıf'], 'zh-CN': ['手表', '键盘'] },
  excludes: { en: ['watch out'], de: ['wie viel uhr', 'um * uhr'], ru: ['часы работы'], tr: ['kılıf uydur'], 'zh-CN': ['键盘侠'] },
};
const SOCKS: CatalogProduct = { id: 'SOCKS', name: { en: 'Cotton Socks', vi: 'Tất cotton' }, keywords: { vi: ['tất', 'vớ'] }, excludes: { vi: ['tất cả'] } };
const CATALOG = [WATCH, SOCKS];

function products(index: ProductIndex, text: string, locale: string): string[] {
  return extractEntities(text, { locale, catalog: index, minProductScore: 0.7 }).filter((e) => e.type === 'product').map((e) => String(e.value));
}

describe('product matcher: phrases in which a product word means something else', () => {
  const index = buildProductIndex(CATALOG);

  it('finds no product where the word is part of an excluded phrase', () => {
    expect(products(index, 'ok i will watch out for the email', 'en')).toEqual([]);
    expect(products(index, 'um wie viel uhr kommt der paketbote?', 'de')).toEqual([]);
    expect(products(index, 'какие у вас часы работы?', 'ru')).toEqual([]);
    expect(products(index, 'tất cả đơn của mình đều bị hủy', 'vi')).toEqual([]);
    expect(products(index, 'tat ca don bi huy', 'vi')).toEqual([]);
    expect(products(index, '我不是键盘侠，就想问问退款', 'zh-CN')).toEqual([]);
  });

  it('still finds the product where the same word is used for it', () => {
    expect(products(index, 'is the watch waterproof?', 'en')).toEqual(['WATCH']);
    expect(products(index, 'misst die uhr den puls?', 'de')).toEqual(['WATCH']);
    expect(products(index, 'часы отслеживают сон?', 'ru')).toEqual(['WATCH']);
    expect(products(index, 'tất cotton còn size M không', 'vi')).toEqual(['SOCKS']);
    expect(products(index, '键盘多少钱', 'zh-CN')).toEqual(['WATCH']);
  });

  it('reads * as any one word, and a phrase word of 4 letters or more as the start of a longer form', () => {
    expect(products(index, 'kommt er um 10 uhr?', 'de')).toEqual([]);
    expect(products(index, 'kommt er um zehn oder elf uhr?', 'de')).toEqual(['WATCH']); // two words between: not the phrase
    expect(products(index, 'bana kılıf uydurmayın, siparişim nerede', 'tr')).toEqual([]);
    expect(products(index, 'kılıf var mı', 'tr')).toEqual(['WATCH']);
  });

  it('keeps a mention of the product elsewhere in the same message', () => {
    expect(products(index, 'wie viel uhr ist es, und hat die smartwatch gps?', 'de')).toEqual(['WATCH']);
    expect(products(index, 'watch out, the smart watch pro 2 is on sale', 'en')).toEqual(['WATCH']);
  });

  it('applies only to the product the phrase belongs to', () => {
    const other: CatalogProduct = { id: 'CLOCK', name: { de: 'Wanduhr Classic' }, keywords: { de: ['Uhr'] } };
    const both = buildProductIndex([WATCH, other]);
    expect(products(both, 'um wie viel uhr kommt der paketbote?', 'de')).toEqual(['CLOCK']);
  });

  it('is built the same in slices', async () => {
    const sliced = await buildProductIndexAsync(CATALOG, 0);
    for (const [text, locale] of [['um 9 uhr bitte', 'de'], ['uhr mit gps', 'de'], ['tất cả', 'vi']] as const) {
      expect(products(sliced, text, locale)).toEqual(products(index, text, locale));
    }
  });

  it('reaches the index from a shop catalog, and a changed exclusion re-indexes', async () => {
    let catalog: unknown[] = [{ id: 'WATCH', name: WATCH.name, keywords: WATCH.keywords }];
    const log = createLogger({ level: 'silent' });
    const ci = new CatalogIndex({ fetch: () => Promise.resolve(catalog), log, refreshMs: 0 });
    await ci.refresh();
    expect(products(ci.current!, 'um wie viel uhr kommt er?', 'de')).toEqual(['WATCH']);
    catalog = [{ ...catalog[0] as object, excludes: { de: ['wie viel uhr'] } }];
    expect((await ci.refresh()).changed).toBe(true);
    expect(products(ci.current!, 'um wie viel uhr kommt er?', 'de')).toEqual([]);
  });
});
