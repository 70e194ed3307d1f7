/**
 * Sizes and counts in a search. "Do you have running shoes in size 42?", "42码的跑鞋有吗", "Laufschuhe in Größe 42?"
 * got the cards as if no size was asked; now the size is checked against the products' sizes, said in the shop's
 * system ("EU 42"), converted from another ("US 9 is about EU 42"), or said to be missing with the sizes there are.
 * "2 phone cases" lost its count; now the total is said and the count carried to "I'll take it".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const tr = (locale: string, key: string, vars: Record<string, unknown> = {}) => t.app.i18n.t(locale, key, vars);
const RUNNING_SHOES = ['P033', 'P034'];

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('a size asked in a search', () => {
  it.each([
    ['en', 'do you have running shoes in size 42?'], ['zh-CN', '42码的跑鞋有吗'], ['ja', '42サイズのランニングシューズありますか'],
    ['ko', '러닝화 42 사이즈 있어요?'], ['es', '¿tienen zapatillas de running en talla 42?'], ['fr', 'vous avez des chaussures de running en pointure 42 ?'],
    ['de', 'Laufschuhe in Größe 42?'], ['ru', 'есть беговые кроссовки 42 размера?'], ['pt', 'tem tênis de corrida tamanho 42?'],
    ['it', 'avete scarpe da corsa numero 42?'], ['th', 'หารองเท้าวิ่งไซส์ 42 ค่ะ'], ['vi', 'shop ơi tìm giày chạy bộ size 42'],
    ['id', 'ada sepatu lari ukuran 42?'], ['ar', 'عندكم حذاء جري مقاس 42؟'], ['tr', '42 numara koşu ayakkabısı var mı?'],
  ])('%s: "%s" says size EU 42 is there, with the running shoes that have it', async (locale, message) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('product_search');
    expect(texts(r)).toEqual([tr(locale, 'product.size_yes', { size: 'EU 42' })]);
    expect(products(r)).toContain('P033');
    // Only shoes, and none without the size: no socks, no "goes well with".
    const shown = await Promise.all(products(r).map((id) => t.app.engine.bot('demo-shop').shop.getProduct(id)));
    expect(shown.every((p) => p?.category === 'shoes')).toBe(true);
  });

  it.each([
    ['en', 'running shoes in size 48?'], ['zh-CN', '有48码的跑鞋吗'], ['de', 'Laufschuhe in Größe 48?'], ['ja', '48サイズのランニングシューズある？'],
  ])('%s: "%s" says the size is not there, and which sizes there are', async (locale, message) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('product_search');
    expect(texts(r)[0]).toBe(tr(locale, 'product.size_no', { size: 'EU 48', sizes: 'EU 38–46' }));
    expect(products(r).some((id) => RUNNING_SHOES.includes(id))).toBe(true);
  });

  it.each([
    ['en', 'sneakers in US 9?', 'US 9'], ['en', 'sneakers in size 9?', 'US 9'], ['ja', '26.5cmのランニングシューズある？', '26.5 cm'],
    ['ko', '러닝화 260 사이즈 있어요?', '260 mm'],
  ])('%s: "%s" is converted into the shop\'s EU sizes and said both ways', async (locale, message, size) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('product_search');
    expect(texts(r)[0]).toBe(tr(locale, 'product.size_yes', { context: 'converted', size, converted: 'EU 42' }));
    expect(products(r).length).toBeGreaterThan(0);
  });

  it.each([['en', 'got hoodies in XL?'], ['zh-CN', '有XL的卫衣吗']])('%s: a letter size "%s" is checked against S-XXL', async (locale, message) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('product_search');
    expect(texts(r)).toEqual([tr(locale, 'product.size_yes', { size: 'XL' })]);
    expect(products(r).sort()).toEqual(['P025', 'P026']);
  });

  it('leaves searches without a size as they were (the number of a model name is none)', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('do you have the air 3 earbuds').expectFlow('product_search');
    expect(products(r)[0]).toBe('P003');
    expect(texts(r)[0]).toBe(tr('en', 'product.found', { name: 'True Wireless Earbuds Air 3', price: '$39.99' }));
  });
});

describe('a count asked in a search', () => {
  const shop = () => t.app.engine.bot('demo-shop').shop;
  const money = (n: number, locale: string) => formatMoney(n, 'USD', locale);

  it.each([
    ['en', '2 phone cases', 'ill take them'], ['de', 'zwei Handyhüllen bitte', 'in den warenkorb'], ['zh-CN', '两个手机壳', '就要这个了'],
  ])('%s: "%s" gives the total, and "%s" orders that many', async (locale, search, take) => {
    const c = new Chat(t.app, undefined, locale);
    const found = await c.says(search).expectFlow('product_search');
    const p = (await shop().getProduct(products(found)[0]!))!;
    expect(p.tags).toContain('phone-case');
    expect(texts(found)[0]).toBe(tr(locale, 'product.found_quantity', {
      name: p.name[locale], price: money(p.price, locale), quantity: 2, total: money(2 * p.price, locale),
    }));
    const bought = await c.says(take).expectFlow('purchase');
    expect(products(bought)).toEqual([p.id]);
    expect(texts(bought).join(' ')).toContain(money(2 * p.price, locale));
  });

  it('says so when fewer are in stock than asked for', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('i need 90 wired gaming headsets').expectFlow('product_search');
    const p = (await shop().getProduct('P002'))!;
    expect(texts(r)[0]).toBe(tr('en', 'product.found_quantity', {
      context: 'low_stock', name: p.name.en, price: money(p.price, 'en'), quantity: 90, total: money(90 * p.price, 'en'), stock: p.stock,
    }));
  });
});
