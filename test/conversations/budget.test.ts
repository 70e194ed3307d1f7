/** Budgets in a chat: results within it, a polite answer when nothing fits, and "a cheaper one?". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const priceOf = async (id: string): Promise<number> => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!.price;
const categoryOf = async (id: string): Promise<string> => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!.category;
/** The longest fixed part of a localized reply (the text between its variables). */
const stem = (locale: string, key: string) =>
  t.app.i18n.t(locale, key).split(/\{\{\w+\}\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0]!;

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('a budget', () => {
  it('limits recommendations, converted from the shopper\'s currency (100块 ≈ $13.89)', async () => {
    const r = await new Chat(t.app, undefined, 'zh-CN').says('推荐点100块以下的').expectFlow('recommendation');
    const shown = products(r);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(await priceOf(id)).toBeLessThanOrEqual(100 / 7.2);
    // The budget is said back in the shopper's currency and locale.
    expect(texts(r).join(' ')).toContain(new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(100));
  });

  it('keeps the kind of product the shopper asked for', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('do you have sneakers under 50 dollars').expectFlow('product_search');
    const [first] = products(r);
    expect(first).toBeDefined();
    expect(await categoryOf(first!)).toBe('shoes');
    expect(await priceOf(first!)).toBeLessThanOrEqual(50);
  });

  it('says so when nothing fits, and offers the cheapest close matches', async () => {
    const r = await new Chat(t.app, undefined, 'ko').says('5만원 이하 운동화').expectReply(stem('ko', 'budget.none_fit'));
    const shown = await Promise.all(products(r).map(priceOf));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown.every((p) => p > 50_000 / 1350)).toBe(true);
  });

  it('keeps everything shown within it, what goes well with the product too', async () => {
    // Without a budget, dearer products go with them.
    const all = products(await new Chat(t.app, undefined, 'en').says('wireless earbuds?').expectFlow('product_search'));
    expect(Math.max(...(await Promise.all(all.map(priceOf))))).toBeGreaterThan(30);
    const shown = products(await new Chat(t.app, undefined, 'en').says('wireless earbuds under $30?').expectFlow('product_search'));
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(await priceOf(id)).toBeLessThanOrEqual(30);
  });

  it('shows a product named outright with a budget it exceeds, and says it is over', async () => {
    const r = await new Chat(t.app, undefined, 'es').says('tienen los auriculares X1 por menos de 40 dolares?').expectFlow('product_search');
    expect(products(r)[0]).toBe('P001');
    expect(texts(r).join(' ')).toContain(stem('es', 'budget.over_named'));
  });
});

describe('a cheaper one', () => {
  it.each([
    ['en', 'do you have wireless headphones', 'cheaper one?'],
    ['zh-CN', '有没有无线耳机', '有便宜点的吗'],
    ['tr', 'kablosuz kulaklık var mı', 'daha ucuzu var mı'],
    ['ru', 'есть беспроводные наушники?', 'подешевле'],
  ])('after a product, shows cheaper ones of its category (%s)', async (locale, search, cheaper) => {
    const c = new Chat(t.app, undefined, locale);
    const [shown] = products(await c.says(search).expectFlow('product_search'));
    const r = await c.says(cheaper).expectReply(stem(locale, 'budget.cheaper'));
    const ids = products(r);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(await priceOf(id)).toBeLessThan(await priceOf(shown!));
      expect(await categoryOf(id)).toBe(await categoryOf(shown!));
    }
  });

  it('says there is none cheaper after the cheapest of its kind', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('do you have wireless headphones').expectFlow('product_search');
    // Ask until the cheapest is reached: each answer remembers the first product it shows.
    let r = await c.says('cheaper one?');
    for (let i = 0; i < 10 && products(r).length > 0; i++) r = await c.says('something cheaper please');
    expect(texts(r).join(' ')).toContain(stem('en', 'budget.none_cheaper'));
  });
});
