/**
 * A property asked to be confirmed. "Boom 5って防水だよね？" ("isn't it waterproof?") showed the speaker's cards, and
 * "Boom 5 ist doch wasserdicht, oder?" was taken for a complaint and handed off; worded as statements with a tag,
 * they read like searches. Now they are answered like "is the Boom 5 waterproof?".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const nameOf = async (id: string, locale: string) => {
  const p = (await t.app.engine.bot('demo-shop').shop.getProduct(id))!;
  return p.name[locale] ?? p.name.en!;
};

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('"…, right?" about a property of a product', () => {
  it.each([
    ['ja', 'Boom 5って防水だよね？'], ['en', 'Boom 5 is waterproof right?'], ['zh-CN', 'Boom 5 防水的吧？'], ['ko', 'Boom 5 방수 맞죠?'],
    ['de', 'Boom 5 ist doch wasserdicht, oder?'], ['fr', "la Boom 5 est étanche, n'est-ce pas ?"], ['es', 'el Boom 5 es impermeable, ¿verdad?'],
    ['ru', 'Boom 5 ведь водонепроницаемая?'], ['pt', "a Boom 5 é à prova d'água, né?"], ['it', 'la Boom 5 è impermeabile, vero?'],
    ['th', 'Boom 5 กันน้ำใช่ไหมคะ'], ['vi', 'Boom 5 chống nước đúng không shop'], ['id', 'Boom 5 tahan air kan?'],
    ['ar', 'Boom 5 مقاومة للماء صح؟'], ['tr', 'Boom 5 su geçirmez değil mi?'],
  ])('%s: "%s" is answered yes, with the rating, not with cards', async (locale, message) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('product_question');
    const rating = tr(locale, 'product.answer_rating', { rating: 'IPX7' });
    expect(texts(r)).toEqual([tr(locale, 'product.answer_yes_waterproof', { name: await nameOf('P005', locale), rating })]);
    expect(products(r)).toEqual([]);
  });

  it.each([['en', 'the G2 has noise cancelling right?'], ['de', 'das G2 hat doch Geräuschunterdrückung, oder?'], ['ja', 'G2ってノイキャン付いてるよね？']])(
    '%s: "%s" is answered no when the catalog says no', async (locale, message) => {
      const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('product_question');
      expect(texts(r)).toEqual([tr(locale, 'product.answer_no_noise_cancelling', { name: await nameOf('P002', locale) })]);
    },
  );
});
