import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProductIndex, type CatalogProduct, type ProductIndex } from '../../../core/nlu/entities-product.js';
import { loadCatalog } from '../../../core/shop/demo.js';
import { ROOT } from '../../helpers/chat.js';

/** Catalog words written without spaces, some of them the end or the start of other words. */
const CATALOG: CatalogProduct[] = [
  { id: 'KETTLE', name: { ja: 'コーヒードリップケトル' }, keywords: { ja: ['ドリップケトル', 'ケトル'] } },
  { id: 'BALM', name: { ja: '色付きリップクリーム', th: 'ลิปบาล์มมีสี' }, keywords: { ja: ['リップ', 'リップクリーム'], th: ['ลิปบาล์ม', 'ลิป'] } },
  { id: 'LIPSTICK', name: { ja: 'サテンリップスティック' }, keywords: { ja: ['ヌードリップ'] } },
  { id: 'HEADPHONES', name: { 'zh-CN': '无线耳机 X1', ko: '무선 헤드폰 X1' }, keywords: { 'zh-CN': ['耳机'], ko: ['헤드폰', '블루투스 헤드폰'] } },
  { id: 'CREAM', name: { ko: '수분 크림' }, keywords: { ko: ['크림', '수분크림'] } },
  { id: 'MOUSE', name: { ja: '静音マウス' }, keywords: { ja: ['マウス'] } },
  { id: 'HEADSET', name: { ja: '有線ゲーミングヘッドセット' }, keywords: { ja: ['ゲーミングヘッドセット', 'ヘッドセット'] } },
];

function ids(index: ProductIndex, text: string, locale: string): string[] {
  return index.match(text, locale, { minScore: 0.7 }).map((m) => m.productId);
}

describe('product matcher: words of unspaced text', () => {
  const index = buildProductIndex(CATALOG);

  it('does not find a word at the end of a longer one (リップ in ドリップ, ลิป in ฟิลิปปินส์, 크림 in 아이스크림), but alone or after other words', () => {
    expect(ids(index, 'スリップしない？', 'ja')).toEqual([]);
    expect(ids(index, 'ฟิลิปปินส์ส่งได้ไหม', 'th')).toEqual([]);
    expect(ids(index, '아이스크림 있어요?', 'ko')).toEqual([]);
    expect(ids(index, 'ドリップケトルある？', 'ja')).toEqual(['KETTLE']);
    expect(ids(index, 'リップありますか', 'ja')[0]).toBe('BALM');
    expect(ids(index, 'มีลิปไหม', 'th')).toEqual(['BALM']);
    expect(ids(index, '蓝牙耳机有吗', 'zh-CN')).toEqual(['HEADPHONES']);
    expect(ids(index, '블루투스헤드폰 있어요?', 'ko')).toEqual(['HEADPHONES']);
    expect(ids(index, '크림은 얼마예요', 'ko')).toEqual(['CREAM']);
    expect(ids(index, '수분크림 있어요', 'ko')).toEqual(['CREAM']);
  });

  it('takes a compound of catalog words (ゲーミング of ゲーミングヘッドセット), not a stretch across them (ドリップ of ヌードリップ)', () => {
    expect(ids(index, 'ドリップバッグある？', 'ja')).toEqual([]);
    expect(ids(index, 'ゲーミングマウス売ってる？', 'ja')).toEqual(['MOUSE']);
  });
});

describe('demo catalog: kinds of product and words that only look like them', () => {
  const demo = buildProductIndex(loadCatalog(join(ROOT, 'bots', 'demo-shop', 'shop', 'catalog.yaml')).products);
  const CASES = ['P007', 'P008'];

  it.each([
    ['en', 'iphone 15 case'],
    ['en', 'do u have cases for iphone 15'],
    ['th', 'มีเคส iphone 15 ไหม'],
    ['th', 'เคส magsafe มีไหม'],
    ['ja', 'iPhone15のケースありますか'],
    ['ko', '아이폰 15 케이스 있어요?'],
    ['pt', 'tem capa pro iphone 15?'],
    ['vi', 'có ốp cho iphone không'],
    ['id', 'case iphone 15 ada?'],
    ['ar', 'جراب ايفون 15'],
    ['es', 'funda magsafe para iphone 15'],
  ])('a case named with a phone is a phone case, not the iPhone cable or the MagSafe power bank (%s "%s")', (locale, text) => {
    const found = ids(demo, text, locale);
    expect(CASES).toContain(found[0]);
    expect(found).not.toContain('P014');
    expect(found).not.toContain('P016');
  });

  it('finds the product the word names', () => {
    expect(ids(demo, 'リップありますか', 'ja')[0]).toBe('P049');
    expect(ids(demo, 'ドリップケトルの容量は？', 'ja')[0]).toBe('P042');
    expect(ids(demo, '선크림 있어요?', 'ko')[0]).toBe('P045');
    expect(ids(demo, '선크림 있어요?', 'ko')).not.toContain('P043');
  });

  it('finds nothing where a product word is part of another word or name', () => {
    const messages: [string, string][] = [
      ['ja', 'スーツケースありますか'],
      ['ja', 'アップルウォッチのバンドある？'],
      ['ja', 'マグネットでくっつく？'],
      ['ko', '아이스크림 있어요?'],
      ['th', 'ฟิลิปปินส์ส่งได้ไหม'],
      ['th', 'แว่นกันแดดมีไหม'],
      ['th', 'นาฬิกาปลุกมีไหม'],
      ['en', 'apple watch band?'],
      ['es', 'correa para apple watch'],
      ['en', 'in case the order is late can i cancel'],
      ['en', 'did you see the world cup final'],
      ['vi', 'trứng ốp la'],
      ['pt', 'capa de chuva tem?'],
      ['zh-CN', '隔离期间能发货吗'],
    ];
    const found = messages.map(([locale, text]) => ({ text, ids: ids(demo, text, locale) }));
    expect(found.filter((f) => f.ids.length > 0)).toEqual([]);
  });
});
