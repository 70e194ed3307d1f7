/** "How much for both?", "I'll take both", "2 of the second one": each price and the total, in the 15 languages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const product = async (id: string) => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!;
const money = (amount: number, locale: string) => formatMoney(amount, 'USD', locale);

async function shownSideBySide(c: Chat, a: string, b: string): Promise<void> {
  const r = await c.says('', { kind: 'action', content: [], action: { id: 'b', value: `intent:product_question?comparison=1&product=${a}&product=${b}` } });
  expect(products(r)).toEqual([a, b]);
}

/** The reply names each product with its price (times `quantity`) and the total. */
async function expectTotal(c: Chat, locale: string, items: [string, number][]): Promise<void> {
  expect(c.last!.flow).toBe('purchase');
  const reply = texts(c.last!).join('\n');
  let total = 0;
  for (const [id, quantity] of items) {
    const p = await product(id);
    expect(reply).toContain(p.name[locale]);
    expect(reply).toContain(formatMoney(p.price, p.currency, locale));
    total += p.price * quantity;
  }
  expect(reply).toContain(money(Math.round(total * 100) / 100, locale));
}

const HOW_MUCH: [string, string][] = [
  ['en', 'how much for both?'], ['zh-CN', '两个一共多少钱'], ['ja', '両方でいくら？'], ['ko', '둘 다 얼마에요'], ['es', 'cuánto por los dos'],
  ['fr', 'combien pour les deux ?'], ['de', 'beide zusammen'], ['ru', 'сколько за оба'], ['pt', 'quanto fica os dois'], ['it', 'quanto costano entrambi'],
  ['th', 'ทั้งสองอันราคาเท่าไหร่'], ['vi', 'cả hai bao nhiêu'], ['id', 'dua-duanya berapa'], ['ar', 'بكم الاثنين'], ['tr', 'ikisi birden ne kadar'],
];
const BOTH: [string, string][] = [
  ['en', 'both'], ['es', 'los dos'], ['fr', 'les deux'], ['ru', 'оба'], ['pt', 'os dois'], ['it', 'entrambi'], ['th', 'ทั้งสองอัน'], ['vi', 'cả hai'],
  ['id', 'dua-duanya'], ['ar', 'الاثنين'], ['tr', 'ikisi birden'], ['ko', '둘 다'], ['ja', '両方'],
];
const TAKE_BOTH: [string, string][] = [
  ['en', "I'll take both"], ['zh-CN', '两个都要'], ['ja', '両方ください'], ['ko', '둘 다 살게요'], ['es', 'me llevo los dos'], ['fr', 'je prends les deux'],
  ['de', 'ich nehme beide'], ['ru', 'беру оба'], ['pt', 'vou levar os dois'], ['it', 'li prendo entrambi'], ['th', 'เอาทั้งสองอัน'], ['vi', 'lấy cả hai'],
  ['id', 'ambil dua-duanya'], ['ar', 'بآخذ الاثنين'], ['tr', 'ikisini de alıyorum'],
];

describe('several products at once', () => {
  it.each([...HOW_MUCH, ...BOTH, ...TAKE_BOTH])('%s "%s" after the X1 and the Air 3 gives each price and the total', async (locale, text) => {
    const c = new Chat(t.app, undefined, locale);
    await shownSideBySide(c, 'P001', 'P003');
    await c.says(text);
    await expectTotal(c, locale, [['P001', 1], ['P003', 1]]);
    expect(products(c.last!)).toEqual(['P001', 'P003']);
  });

  it('"all three" after three favourites adds up the three', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const shown = products(await c.says('', { kind: 'action', content: [], action: { id: 'b', value: 'intent:recommendation' } }));
    expect(shown).toHaveLength(3);
    await c.says('how much for all three?');
    await expectTotal(c, 'en', shown.map((id) => [id, 1]));
  });

  it('"both" after three products names none of them', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('', { kind: 'action', content: [], action: { id: 'b', value: 'intent:recommendation' } });
    const r = await c.says('how much for both?');
    expect(r.flow).not.toBe('purchase');
  });

  it('says what cannot be ordered yet', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await shownSideBySide(c, 'P003', 'P004'); // the Sport Earbuds Run are out of stock
    const r = await c.says("I'll take both").expectFlow('purchase', 'out of stock right now');
    expect(texts(r).join(' ')).toContain(t.app.i18n.t('en', 'purchase.several', { context: 'out_of_stock', lines: '', total: money(69.98, 'en') }).trim());
  });
});

describe('one product several times', () => {
  it.each([
    ['en', '2 of the second one', 'P003', 2], ['en', '3 of the black one', 'P001', 3], ['zh-CN', '两个第二个', 'P003', 2],
    ['ja', '2つ目を2個', 'P003', 2], ['ko', '두 번째 거 2개', 'P003', 2], ['es', '2 de la segunda', 'P003', 2],
  ] as const)('%s "%s" gives the price times the quantity', async (locale, text, id, quantity) => {
    const c = new Chat(t.app, undefined, locale);
    await shownSideBySide(c, 'P001', 'P003');
    await c.says(text);
    await expectTotal(c, locale, [[id, quantity]]);
  });

  it('"第二个多少钱" is still the second one\'s details, not two of it', async () => {
    const c = new Chat(t.app, undefined, 'zh-CN');
    await shownSideBySide(c, 'P001', 'P003');
    await c.says('第二个多少钱').expectFlow('product_question', (await product('P003')).name['zh-CN']);
  });
});
