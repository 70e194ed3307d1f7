/** "The second one" after the bot showed products, in the 15 languages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localize } from '../../core/shop/actions.js';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const nameOf = async (id: string, locale: string): Promise<string> => localize((await t.app.engine.bot('demo-shop').shop.getProduct(id))!, locale).name;

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

/** The cards of a recommendation, for a chat in `locale`. */
async function shownList(c: Chat): Promise<string[]> {
  const ids = products(await c.says('', { content: [], kind: 'action', action: { id: 'b', value: 'intent:recommendation' } }).expectFlow('recommendation'));
  expect(ids.length).toBeGreaterThanOrEqual(3);
  return ids;
}

describe('a position in the list just shown', () => {
  it.each([
    ['en', 'the second one', 2], ['en', 'and the last one?', -1], ['en', '3', 3],
    ['zh-CN', '第二个多少钱', 2], ['ja', '2つ目のやつ', 2], ['ko', '두 번째 거요', 2], ['th', 'อันที่สอง', 2],
    ['de', 'das zweite bitte', 2], ['fr', 'le premier', 1], ['es', 'el tercero', 3], ['pt', 'quero o segundo', 2],
    ['it', "l'ultimo", -1], ['ru', 'второй', 2], ['ar', 'الثاني', 2], ['tr', 'ikincisi', 2], ['id', 'yang pertama', 1],
    ['vi', 'cái thứ hai', 2],
  ] as const)('%s "%s" shows that product', async (locale, text, position) => {
    const c = new Chat(t.app, undefined, locale);
    const ids = await shownList(c);
    const id = position === -1 ? ids.at(-1)! : ids[position - 1]!;
    const r = await c.says(text).expectFlow('product_question');
    expect(texts(r).join(' ')).toContain(await nameOf(id, locale));
    // and it is the product talked about from then on
    expect(texts(await c.says('is it in stock?').expectFlow('product_question')).join(' ')).toContain(await nameOf(id, locale));
  });

  it('keeps a confident request about the product ("is the first one waterproof?")', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const ids = await shownList(c);
    const r = await c.says('is the first one waterproof?').expectFlow('product_question');
    expect(texts(r).join(' ')).toContain(await nameOf(ids[0]!, 'en'));
  });

  it('forgets the list a few messages later', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await shownList(c);
    for (const text of ['thanks', 'what are your shipping times', 'ok']) await c.says(text);
    await c.says('the second one');
    expect(c.last!.flow).not.toBe('product_question');
  });

  it('is not a position without a list ("the first time I order")', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const r = await c.says('the second one');
    expect(r.flow).not.toBe('product_question');
  });
});
