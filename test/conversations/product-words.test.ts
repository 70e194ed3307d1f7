/** Product words as shoppers write them: a kind of product named with their phone, and words inside longer words. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTEREST_TAGS } from '../../core/nlu/entities-interest.js';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('a kind of product named with a phone model', () => {
  it.each([
    ['en', 'iphone 15 case'],
    ['en', 'do you have cases for iphone 15'],
    ['th', 'มีเคส iphone 15 ไหม'],
    ['th', 'เคส magsafe มีไหม'],
    ['id', 'ada case buat iphone 15?'],
  ])('shows a phone case, not the iPhone cable (%s "%s")', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text);
    expect(['P007', 'P008']).toContain(products(r)[0]);
  });
});

describe('a product word written onto the device it is for', () => {
  // "갤럭시케이스" found nothing: 갤럭시 is no catalog word, so 케이스 did not stand alone in the compound.
  it.each([
    ['ko', '갤럭시케이스 있어요?'], ['ko', '삼성폰케이스 팔아요?'], ['ja', 'アイフォンケースありますか'], ['zh-CN', '华为手机壳有吗'], ['th', 'มีเคสซัมซุงไหม'],
  ])('%s "%s" shows a phone case', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text);
    expect(['P007', 'P008']).toContain(products(r)[0]);
  });
});

describe('what products are for, named instead of a product', () => {
  // "busco cosas de cocina" showed the tea set alone, found by the "de" of its name.
  it.each([
    ['es', 'busco cosas de cocina'], ['en', 'kitchen stuff?'], ['zh-CN', '有厨房用品吗'], ['ja', 'キッチン用品ありますか'], ['ko', '주방용품 보여주세요'],
    ['de', 'Küchensachen?'], ['ar', 'ابي أغراض للمطبخ'], ['th', 'มีของใช้ในครัวไหม'],
  ])('%s "%s" shows kitchen products, saying what for', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_search');
    const interest = t.app.i18n.t(locale, 'product.interest_cooking');
    expect(texts(r)).toEqual([t.app.i18n.t(locale, 'product.theme_picks', { interest })]);
    const shown = await Promise.all(products(r).map((id) => t.app.engine.bot('demo-shop').shop.getProduct(id)));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.every((p) => p!.tags.some((tag) => INTEREST_TAGS.cooking.includes(tag)))).toBe(true);
  });
});

describe('a product word inside a longer word', () => {
  it('リップ is the lip balm, not the drip kettle', async () => {
    const r = await new Chat(t.app, undefined, 'ja').says('リップありますか');
    const reply = texts(r).join('\n');
    expect(reply).toContain('色付きリップクリーム');
    expect(reply).not.toContain('ケトル');
    expect(products(r)).not.toContain('P042');
  });

  it.each([
    ['ko', '아이스크림'],
    ['th', 'ฟิลิปปินส์'],
  ])('names no product when the word is only the end of another one (%s "%s")', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text);
    expect(products(r)).toEqual([]);
    expect(texts(r).join('\n')).toContain(t.app.i18n.t(locale, 'fallback.not_understood'));
  });
});
