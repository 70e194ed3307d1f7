/** Product words as shoppers write them: a kind of product named with their phone, and words inside longer words. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
