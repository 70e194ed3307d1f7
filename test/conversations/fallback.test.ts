/** A message the bot does not understand still gets what it names: an order, a budget, a product. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const THRESHOLD = 0.45; // bots/demo-shop.yaml nlu.threshold
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

/** The classifier did not take the message for the flow that answered it. */
const notClassifiedAs = (r: { intent: string | null; confidence: number }, flow: string) =>
  expect(r.intent === flow && r.confidence >= THRESHOLD).toBe(false);

describe('a message not understood', () => {
  it.each([
    ['tr', 'kulaklık', 'P001'],
    ['en', 'pebble', 'P006'],
  ])('that names a product shows it (%s "%s")', async (locale, text, id) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_search');
    notClassifiedAs(r, 'product_search');
    expect(products(r)[0]).toBe(id);
  });

  it('that names a product, understood or not, shows it (ru "наушники X1 какие характеристики?")', async () => {
    // Once not understood (the fallback showed X1); the product-question examples now teach it.
    const r = await new Chat(t.app, undefined, 'ru').says('наушники X1 какие характеристики?');
    expect(['product_search', 'product_question']).toContain(r.flow);
    const x1 = (await t.app.engine.bot('demo-shop').shop.getProduct('P001'))!;
    expect(products(r)[0] === 'P001' || texts(r).join(' ').includes(x1.name.ru!)).toBe(true);
  });

  it.each([
    ['zh-CN', '能用支付宝吗'],
    ['ru', 'а в рассрочку можно?'],
    ['tr', 'taksit var mı'],
  ])('that names a way to pay gets the payment answer (%s "%s")', async (locale, text) => {
    await new Chat(t.app, undefined, locale).says(text).expectFlow('payment_problem');
  });

  it('that is gibberish says so and offers help', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('asdfgh qwerty').expectFlow('fallback', t.app.i18n.t('en', 'fallback.not_understood'));
    expect(products(r)).toEqual([]);
    expect(texts(r)).toHaveLength(1);
  });
});
