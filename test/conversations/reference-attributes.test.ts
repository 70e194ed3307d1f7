/** "The leather one", "黑色那款", "the mini one": a shown product named by what tells it apart, in the 15 languages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const product = async (id: string) => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!;

/** The cards of two products side by side, as after "X1 or Air 3?". */
async function shownSideBySide(c: Chat, a: string, b: string): Promise<void> {
  const r = await c.says('', { kind: 'action', content: [], action: { id: 'b', value: `intent:product_question?comparison=1&product=${a}&product=${b}` } });
  expect(products(r)).toEqual([a, b]);
}

/** The reply shows the product's details: its name and its price (an answer about one property would give no price). */
async function expectDetails(reply: PromiseLike<unknown>, c: Chat, id: string, locale: string): Promise<void> {
  await reply;
  const p = await product(id);
  expect(c.last!.flow).toBe('product_question');
  const text = texts(c.last!).join(' ');
  expect(text).toContain(p.name[locale]);
  expect(text).toContain(formatMoney(p.price, p.currency, locale));
}

describe('a shown product named by what it is made of', () => {
  it.each([
    ['en', 'the leather one', 'P008'], ['en', 'the clear one', 'P007'], ['zh-CN', '透明的那个', 'P007'], ['ja', '革のやつ', 'P008'],
    ['ko', '가죽으로 된 거', 'P008'], ['th', 'อันที่เป็นหนัง', 'P008'], ['es', 'la de cuero', 'P008'], ['fr', 'celle en cuir', 'P008'],
    ['de', 'die aus Leder', 'P008'], ['ru', 'кожаный', 'P008'], ['pt', 'o de couro', 'P008'], ['it', 'quello in pelle', 'P008'],
    ['vi', 'cái bằng da', 'P008'], ['id', 'yang kulit', 'P008'], ['ar', 'الجلد', 'P008'], ['tr', 'deri olan', 'P008'],
  ])('%s "%s" after the clear and the leather case shows %s', async (locale, text, id) => {
    const c = new Chat(t.app, undefined, locale);
    await shownSideBySide(c, 'P007', 'P008');
    await expectDetails(c.says(text), c, id, locale);
    // and it is the product talked about from then on
    expect(texts(await c.says('is it in stock?').expectFlow('product_question')).join(' ')).toContain((await product(id)).name[locale]);
  });
});

describe('a shown product named by its colour', () => {
  it.each([
    ['en', 'the black one', 'P001'], ['zh-CN', '黑色那款', 'P001'], ['ja', '白いのはいくら？', 'P003'], ['ko', '검은색 거', 'P001'],
    ['th', 'อันสีดำ', 'P001'], ['es', 'la negra', 'P001'], ['fr', 'le blanc', 'P003'], ['de', 'die schwarzen', 'P001'], ['ru', 'белые', 'P003'],
    ['pt', 'o preto', 'P001'], ['it', 'quelle bianche', 'P003'], ['vi', 'cái màu đen', 'P001'], ['id', 'yang hitam', 'P001'],
    ['ar', 'الأسود', 'P001'], ['tr', 'siyah olan', 'P001'],
  ])('%s "%s" after the black X1 and the white Air 3 shows %s', async (locale, text, id) => {
    const c = new Chat(t.app, undefined, locale);
    await shownSideBySide(c, 'P001', 'P003');
    await expectDetails(c.says(text), c, id, locale);
  });
});

describe('a shown product named by a word of its name the other lacks', () => {
  it.each([
    ['en', 'P005', 'P006', 'the mini one', 'P006'], ['en', 'P001', 'P002', 'the gaming one', 'P002'],
    ['en', 'P005', 'P006', 'the portable one', 'P005'], ['en', 'P001', 'P002', 'the wired one', 'P002'], ['es', 'P001', 'P002', 'el de gaming', 'P002'],
    ['zh-CN', 'P005', 'P006', '迷你的那个', 'P006'], ['ja', 'P001', 'P002', 'ゲーミングのやつ', 'P002'],
  ])('%s: after %s and %s, "%s" shows %s', async (locale, a, b, text, id) => {
    const c = new Chat(t.app, undefined, locale);
    await shownSideBySide(c, a, b);
    await expectDetails(c.says(text), c, id, locale);
  });
});

describe('what is not a reference by a word', () => {
  it('answers a question about the named one ("is the leather one waterproof?")', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await shownSideBySide(c, 'P007', 'P008');
    const r = await c.says('is the leather one waterproof?').expectFlow('product_question');
    const reply = texts(r).join(' ');
    expect(reply).toContain("don't mention water resistance");
    expect(reply).toContain('The product details for Leather Phone Case with Card Slots');
    expect(reply).not.toContain('Clear Shockproof Phone Case');
  });

  it('names neither when the word fits both (the X1 and the G2 are both black)', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await shownSideBySide(c, 'P001', 'P002');
    const r = await c.says('the black one');
    expect(products(r)).toEqual([]);
    expect(texts(r).join(' ')).not.toMatch(/X1|G2/);
  });

  it('leaves "is it leather?" about nothing in particular and the list forgotten later', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await shownSideBySide(c, 'P007', 'P008');
    for (const text of ['thanks', 'what are your shipping times', 'ok', 'ok']) await c.says(text);
    const r = await c.says('the leather one');
    expect(texts(r).join(' ')).not.toContain('Leather Phone Case with Card Slots —');
  });
});
