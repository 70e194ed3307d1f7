/** Which messages ask several things. */
import { describe, expect, it } from 'vitest';
import { splitQuestions } from '../../../core/nlu/questions.js';

describe('splitQuestions', () => {
  it.each([
    ['en', 'how much is shipping? and can I pay with paypal?', 2],
    ['en', 'where is SM100234?? also can i return it', 2],
    ['zh-CN', '运费多少？能用支付宝吗？', 2],
    ['ja', '送料いくら？あとPayPal使える？', 2],
    ['ar', 'كم الشحن؟ وهل تقبلون باي بال؟', 2],
    ['de', 'Wo ist meine Bestellung? Außerdem will ich was zurückschicken.', 2],
    ['tr', 'kargo ne kadar? bir de kupon var mı?', 2],
  ])('%s "%s" asks %d things', (locale, text, n) => {
    expect(splitQuestions(text, locale)).toHaveLength(n);
  });

  it.each([
    ['en', 'I ordered headphones last week. Where are they?'],
    ['en', 'hi! where is my order?'],
    ['en', 'where is my order?'],
    ['th', 'ค่าส่งเท่าไหร่คะ จ่ายด้วยเพย์พาลได้ไหม'],
    ['en', '??? ?'],
  ])('%s "%s" asks one thing', (locale, text) => {
    expect(splitQuestions(text, locale)).toEqual([]);
  });
});
