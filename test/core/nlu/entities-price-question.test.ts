/** "How much?" about a product, and costs that are something else. */
import { describe, expect, it } from 'vitest';
import { asksPrice, asksProductPrice } from '../../../core/nlu/entities-price-question.js';

describe('asksProductPrice', () => {
  it.each([
    ['en', 'how much?'], ['zh-CN', '多少钱'], ['ja', 'これいくら？'], ['ko', '얼마에요'], ['th', 'ราคาเท่าไหร่'], ['de', 'was kostet der?'],
    ['fr', 'combien ?'], ['es', '¿cuánto cuesta?'], ['pt', 'e quanto custa?'], ['it', 'quanto costano'], ['ru', 'сколько стоит?'],
    ['ar', 'كم سعره'], ['tr', 'kaç para'], ['id', 'berapa harganya?'], ['vi', 'bao nhiêu tiền vậy'],
  ])('%s "%s" asks a price', (locale, text) => {
    expect(asksProductPrice(text, locale)).toBe(true);
  });

  it.each([
    ['en', 'how much is shipping?'], ['zh-CN', '运费多少钱'], ['ja', '送料いくら？'], ['ko', '배송비 얼마예요?'], ['th', 'ค่าส่งเท่าไหร่'],
    ['de', 'was kostet der versand'], ['fr', 'combien coûte la livraison ?'], ['es', 'cuánto cuesta el envío'], ['pt', 'quanto é o frete?'],
    ['it', 'quanto costa la spedizione'], ['ru', 'сколько стоит доставка?'], ['ar', 'كم سعر الشحن'], ['tr', 'kargo kaç para'],
    ['id', 'ongkirnya berapa?'], ['vi', 'phí ship bao nhiêu'],
  ])('%s "%s" asks another cost', (locale, text) => {
    expect(asksPrice(text, locale)).toBe(true);
    expect(asksProductPrice(text, locale)).toBe(false);
  });

  it('is not a price question without price words', () => {
    expect(asksPrice('is it waterproof?', 'en')).toBe(false);
    expect(asksPrice('有黑色吗', 'zh-CN')).toBe(false);
  });
});
