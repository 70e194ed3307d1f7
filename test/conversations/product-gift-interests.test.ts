/**
 * Gifts for what someone likes. "A gift for my mom, she likes cooking", "送给喜欢跑步的男朋友", "für meinen Vater, er wandert
 * gern" got generic gift ideas or best sellers (a charger, a sunscreen); now the interest picks the products tagged for
 * it, and the reply says it back ("Gift ideas for someone who likes cooking:").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTEREST_TAGS, type Interest } from '../../core/nlu/entities-interest.js';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const tr = (locale: string, key: string, vars: Record<string, unknown> = {}) => t.app.i18n.t(locale, key, vars);

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

/** Every product shown is tagged for the interest (or in its category). */
async function allFor(ids: string[], interest: Interest): Promise<boolean> {
  const shown = await Promise.all(ids.map((id) => t.app.engine.bot('demo-shop').shop.getProduct(id)));
  return shown.every((p) => !!p && [...p.tags, p.category].some((tag) => INTEREST_TAGS[interest].includes(tag)));
}

describe('a gift for someone who likes something', () => {
  it.each([
    ['en', 'a gift for my mom, she likes cooking', 'cooking', 'gift_interest'],
    ['zh-CN', '送给喜欢跑步的男朋友', 'running', 'interest_picks'],
    ['de', 'für meinen Vater, er wandert gern', 'hiking', 'interest_picks'],
    ['ja', '料理が好きな母へのプレゼント', 'cooking', 'gift_interest'],
    ['ko', '등산 좋아하는 아빠 선물 추천', 'hiking', 'gift_interest'],
    ['es', 'regalo para mi novio, le encanta correr', 'running', 'gift_interest'],
    ['fr', 'un cadeau pour ma sœur qui adore le thé', 'tea', 'gift_interest'],
    ['ru', 'подарок папе, он любит походы', 'hiking', 'gift_interest'],
    ['pt', 'presente pra minha mãe que gosta de cozinhar', 'cooking', 'gift_interest'],
    ['it', 'regalo per mio padre che ama la musica', 'music', 'gift_interest'],
    ['th', 'ของขวัญให้แฟนที่ชอบวิ่ง', 'running', 'gift_interest'],
    ['vi', 'quà cho bạn trai thích chơi game', 'gaming', 'gift_interest'],
    ['id', 'kado buat ayah yang suka mendaki', 'hiking', 'gift_interest'],
    ['ar', 'هدية لأبي يحب القهوة', 'coffee', 'gift_interest'],
    ['tr', 'kahve seven babama hediye', 'coffee', 'gift_interest'],
  ])('%s: "%s" shows products for %s and says the interest back', async (locale, message, interest, key) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('recommendation');
    expect(texts(r)).toEqual([tr(locale, `product.${key}`, { interest: tr(locale, `product.interest_${interest}`) })]);
    expect(products(r).length).toBeGreaterThan(1);
    expect(await allFor(products(r), interest as Interest)).toBe(true);
  });

  it('within a budget: the interest and the budget both said, every pick within it', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('gift for my dad who likes music, under $50').expectFlow('recommendation');
    expect(texts(r)).toEqual([tr('en', 'product.gift_interest', { context: 'within', interest: tr('en', 'product.interest_music'), budget: '$50.00' })]);
    const shown = await Promise.all(products(r).map((id) => t.app.engine.bot('demo-shop').shop.getProduct(id)));
    expect(shown.every((p) => p!.price <= 50)).toBe(true);
    expect(await allFor(products(r), 'music')).toBe(true);
  });

  it('asked for any interest: "recommend something for running"', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('recommend something for running').expectFlow('recommendation');
    expect(texts(r)).toEqual([tr('en', 'product.interest_picks', { interest: tr('en', 'product.interest_running') })]);
    expect(await allFor(products(r), 'running')).toBe(true);
  });

  it('a gift with no interest is as before', async () => {
    await new Chat(t.app, undefined, 'en').says('gift ideas for my dad').expectFlow('recommendation', tr('en', 'budget.gift'));
  });
});
