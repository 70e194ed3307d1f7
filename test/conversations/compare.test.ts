/** "X1 or Air 3?": products side by side, not a search, a list of favourites or a complaint. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const nameOf = async (id: string, locale: string) => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!.name[locale]!;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('comparing products', () => {
  it.each([
    ['en', 'X1 or Air 3, which is better?', ['P001', 'P003']],
    ['en', 'compare the x1 and the air 3', ['P001', 'P003']],
    ['de', 'X1 oder Air 3?', ['P001', 'P003']],
    ['zh-CN', 'X1和Air 3哪个好', ['P001', 'P003']],
    ['ja', 'X1とAir 3どっちがいい？', ['P001', 'P003']],
    ['ru', 'X1 или Air 3?', ['P001', 'P003']],
    ['tr', 'X1 mi Air 3 mü hangisi daha iyi', ['P001', 'P003']],
    ['en', "what's the difference between boom 5 and pebble", ['P005', 'P006']],
  ])('%s "%s" shows them side by side', async (locale, text, ids) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_question');
    expect([...products(r)].sort()).toEqual([...ids].sort());
    const [reply] = texts(r);
    for (const id of ids) expect(reply).toContain(await nameOf(id, locale));
    expect(reply!.split('\n')).toHaveLength(ids.length + 1);
  });

  it('compares the list just shown ("compare them")', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const shown = products(await c.says('', { kind: 'action', content: [], action: { id: 'b', value: 'intent:recommendation' } }));
    const r = await c.says('compare them').expectFlow('product_question');
    expect(products(r)).toEqual(shown.slice(0, 3));
  });

  it('puts what tells them apart first', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('boom 5 vs pebble').expectFlow('product_question');
    const [, boom] = texts(r)[0]!.split('\n');
    // Both have a colour, battery, waterproofing and weight, with different values: those come before Output (Boom 5 only).
    expect(boom!.indexOf('Colour')).toBeLessThan(boom!.indexOf('Output'));
  });
});
