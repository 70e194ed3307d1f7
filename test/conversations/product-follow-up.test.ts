/** "How much?" and "is it waterproof?" right after a product: about that product. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';
import { valueSlug } from '../../core/i18n/attributes.js';

let t: TestApp;
const priceOf = async (id: string, locale: string) => {
  const p = (await t.app.engine.bot('demo-shop').shop.getProduct(id))!;
  return formatMoney(p.price, p.currency, locale);
};
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('a follow-up about the product on screen', () => {
  it.each([
    ['en', 'do you have a smart watch', 'how much?'],
    ['zh-CN', '有智能手表吗', '多少钱'],
    ['ko', '스마트워치 있어요?', '얼마에요'],
    ['pt', 'tem fone sem fio?', 'e quanto custa?'],
    ['ar', 'عندكم ساعة ذكية؟', 'كم سعره'],
  ])('%s: "%s" then "%s" gives its price, not the shipping terms', async (locale, search, ask) => {
    const c = new Chat(t.app, undefined, locale);
    const [shown] = products(await c.says(search).expectFlow('product_search'));
    const r = await c.says(ask).expectFlow('product_question');
    expect(texts(r).join(' ')).toContain(await priceOf(shown!, locale));
  });

  it.each([
    ['en', 'do you have a smart watch', 'do you have it in black'],
    ['zh-CN', '有智能手表吗', '有黑色吗'],
    ['th', 'มีสมาร์ทวอทช์ไหม', 'มีสีดำไหม'],
    ['ja', 'ワイヤレスヘッドホンある？', '白ある？'],
    ['fr', 'vous avez des écouteurs de sport ?', 'et en blanc ?'],
  ])('%s: "%s" then "%s" answers its colour, not a search for colour words', async (locale, search, ask) => {
    const c = new Chat(t.app, undefined, locale);
    const [shown] = products(await c.says(search).expectFlow('product_search'));
    const p = (await t.app.engine.bot('demo-shop').shop.getProduct(shown!))!;
    const r = await c.says(ask).expectFlow('product_question');
    expect(products(r)).toEqual([]);
    expect(texts(r).join(' ')).toContain(p.name[locale]!);
    expect(texts(r).join(' ')).toContain(t.app.i18n.t(locale, `attributes.values.${valueSlug(String(p.attributes.color))}`));
  });

  it('leaves a question about another cost alone ("how much is shipping?")', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('do you have a smart watch');
    await c.says('how much is shipping?').expectFlow('shipping_info');
    const zh = new Chat(t.app, undefined, 'zh-CN');
    await zh.says('有智能手表吗');
    await zh.says('运费多少钱').expectFlow('shipping_info');
  });

  it('is not about a product shown long ago', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('do you have a smart watch');
    for (const text of ['where is my order SM100234', 'thanks', 'do you ship to canada', 'ok', 'hmm', 'what about returns', 'cool']) await c.says(text);
    expect((await c.says('how much?')).flow).not.toBe('product_question');
  });
});
