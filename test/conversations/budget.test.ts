/** Budgets in a chat: results within it, a polite answer when nothing fits, and "a cheaper one?". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const priceOf = async (id: string): Promise<number> => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!.price;
const categoryOf = async (id: string): Promise<string> => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!.category;
/** The longest fixed part of a localized reply (the text between its variables). */
const stem = (locale: string, key: string, context?: string) =>
  t.app.i18n.t(locale, key, context ? { context } : {}).split(/\{\{\w+\}\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0]!;
const money = (locale: string, currency: string, amount: number) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
/** The demo bot's rates (bots/demo-shop.yaml `shop.currency_rates`): units per US dollar. */
const RATES: Record<string, number> = { EUR: 0.92, GBP: 0.79, CNY: 7.2, JPY: 150, KRW: 1350, THB: 35, VND: 25000, IDR: 15700, BRL: 5.4, TRY: 34, RUB: 92, SAR: 3.75 };
const SPEAKERS = ['P005', 'P006'];

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
    // The cheaper Sport Earbuds Run are sold out: said so.
    expect(texts(r).join(' ')).toContain(stem('en', 'budget.none_cheaper', 'unavailable'));
  });
});

describe('a budget in the shopper\'s currency', () => {
  it.each([
    ['zh-CN', '300块以内的耳机', 'CNY', 300], ['ja', '5000円以下のイヤホン', 'JPY', 5000], ['ko', '5만원 이하 이어폰', 'KRW', 50_000],
    ['th', 'หูฟังไม่เกิน 1500 บาท', 'THB', 1500], ['vi', 'tai nghe dưới 1 triệu', 'VND', 1_000_000], ['id', 'earphone di bawah Rp 700rb', 'IDR', 700_000],
    ['tr', '1500 TL altı kulaklık', 'TRY', 1500], ['ru', 'наушники до 4000 ₽', 'RUB', 4000], ['pt', 'fone de ouvido até R$ 250', 'BRL', 250],
    ['ar', 'سماعة أقل من 150 ريال', 'SAR', 150], ['de', 'Kopfhörer unter 50 €', 'EUR', 50], ['fr', 'un casque à moins de 50 €', 'EUR', 50],
    ['es', 'auriculares por menos de 40 €', 'EUR', 40], ['it', 'cuffie sotto i 40 euro', 'EUR', 40], ['en', 'headphones under £40', 'GBP', 40],
  ])('%s: "%s" is converted with the bot\'s rate, said in both currencies, never as dollars alone', async (locale, message, currency, amount) => {
    const r = await new Chat(t.app, undefined, locale).says(message);
    const limit = Math.round((amount / RATES[currency]!) * 100) / 100;
    const reply = texts(r).join(' ');
    // A reply that names the budget names what it is in dollars beside it (a search that found a fitting product names neither).
    if (reply.includes(money(locale, currency, amount))) expect(reply).toContain(money(locale, 'USD', limit));
    expect(reply).not.toContain(money(locale, 'USD', amount));
    const shown = products(r);
    expect(shown.length).toBeGreaterThan(0);
    // Headphones stay headphones, within the budget when anything fits it.
    if (!reply.includes(stem(locale, 'budget.none_fit', 'converted'))) {
      for (const id of shown.slice(0, 1)) expect(await priceOf(id)).toBeLessThanOrEqual(limit);
    }
    if (locale !== 'ar') expect(shown.some((id) => SPEAKERS.includes(id))).toBe(false);
  });

  it.each([
    ['zh-CN', '300以内的耳机', 'CNY', 300], ['ja', '3000以下のイヤホン', 'JPY', 3000], ['ru', 'наушники до 4000', 'RUB', 4000],
    ['vi', 'tai nghe dưới 900', 'VND', 900_000], ['de', 'Kopfhörer unter 50', 'EUR', 50],
  ])('%s: a bare amount ("%s") is read in the currency the language means, and said so', async (locale, message, currency, amount) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('recommendation');
    const reply = texts(r).join(' ');
    expect(reply).toContain(money(locale, currency, amount));
    expect(reply).toContain(money(locale, 'USD', Math.round((amount / RATES[currency]!) * 100) / 100));
  });

  it.each([
    ['ru', 'наушники до тыщи 3 рублей', 'RUB', 3000], ['ru', 'наушники тыщи за 3', 'RUB', 3000], ['th', 'หูฟังไม่เกินสามพันบาท', 'THB', 3000],
    ['ko', '삼만원 이하 이어폰', 'KRW', 30_000], ['vi', 'tai nghe dưới ba trăm nghìn', 'VND', 300_000], ['id', 'headphone di bawah seratus ribu', 'IDR', 100_000],
    ['tr', 'üç bin liraya kadar kulaklık', 'TRY', 3000], ['de', 'Kopfhörer unter drei Tausend', 'EUR', 3000], ['fr', 'écouteurs à moins de cinquante euros', 'EUR', 50],
  ])('%s: an amount said in words ("%s") is the budget, in the shopper\'s currency', async (locale, message, currency, amount) => {
    const reply = texts(await new Chat(t.app, undefined, locale).says(message).expectFlow('recommendation')).join(' ');
    expect(reply).toContain(money(locale, currency, amount));
    expect(reply).toContain(money(locale, 'USD', Math.round((amount / RATES[currency]!) * 100) / 100));
  });

  it('says plainly when the bot has no rate for the currency, instead of filtering by nothing', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('headphones under 50 CAD').expectReply(stem('en', 'budget.no_rate'));
    expect(texts(r).join(' ')).toContain(money('en', 'CAD', 50));
    expect(products(r).length).toBeGreaterThan(0);
  });
});
