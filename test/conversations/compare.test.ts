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
    const [sideBySide, ahead] = reply!.split(t.app.i18n.t(locale, 'compare.ahead'));
    expect(sideBySide!.trim().split('\n')).toHaveLength(ids.length + 1);
    // Then where each one is ahead: the cheaper one says by how much.
    expect(ahead).toBeDefined();
    expect(ahead!.trim().split('\n').length).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['en', 'X1 or Air 3?', 'Wireless Headphones X1: Battery life: 30 hours · Noise cancelling: yes · Foldable: yes', 'True Wireless Earbuds Air 3: $20.00 cheaper · Weight: 48 g · Waterproof: IPX4 · Charging case: yes'],
    ['ar', 'X1 ولا Air 3؟', 'X1: عمر البطارية: 30 ساعة', 'Air 3: أرخص بـ'],
    ['zh-CN', 'boom 5和pebble哪个好', 'Boom 5：续航：16小时 · 防水：IPX7', 'Pebble：便宜 US$25.00 · 重量：190 g'],
  ])('%s "%s" says where each one is ahead', async (locale, text, first, second) => {
    const [reply] = texts(await new Chat(t.app, undefined, locale).says(text).expectFlow('product_question'));
    const ahead = reply!.split(t.app.i18n.t(locale, 'compare.ahead'))[1]!;
    expect(ahead).toContain(first);
    expect(ahead).toContain(second);
  });

  it('calls nothing an advantage that only one of them is measured on, or that is a matter of taste', async () => {
    const [reply] = texts(await new Chat(t.app, undefined, 'en').says('X1 or G2?').expectFlow('product_question'));
    const ahead = reply!.split(t.app.i18n.t('en', 'compare.ahead'))[1]!;
    expect(ahead).not.toContain('Battery'); // the wired G2 has no battery to compare with
    expect(ahead).not.toContain('Colour');
    expect(ahead).toContain('Wired Gaming Headset G2: $14.00 cheaper · Microphone: yes');
    expect(ahead).toContain('Wireless Headphones X1: Noise cancelling: yes · Foldable: yes · Weight: 250 g');
  });

  it('compares the list just shown ("compare them")', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const shown = products(await c.says('', { kind: 'action', content: [], action: { id: 'b', value: 'intent:recommendation' } }));
    const r = await c.says('compare them').expectFlow('product_question');
    expect(products(r)).toEqual(shown.slice(0, 3));
  });

  it.each([
    ['ar', 'طلبي SM100244 وصل ولا لا', 'order_status'],
    ['pt', 'aceita pix ou boleto?', 'payment_problem'],
    ['en', 'can i pay with paypal or card?', 'payment_problem'],
  ])('%s "%s" right after a list: an "or" alone compares nothing shown', async (locale, text, flow) => {
    const c = new Chat(t.app, undefined, locale);
    const shown = products(await c.says('', { kind: 'action', content: [], action: { id: 'b', value: 'intent:recommendation' } }));
    expect(shown.length).toBeGreaterThan(1);
    const r = await c.says(text);
    expect(r.flow).toBe(flow);
    expect(r.replies.flat().some((e) => e.type === 'text' && e.text.includes(t.app.i18n.t(locale, 'compare.ahead')))).toBe(false);
  });

  it('puts what tells them apart first', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('boom 5 vs pebble').expectFlow('product_question');
    const [, boom] = texts(r)[0]!.split('\n');
    // Both have a colour, battery, waterproofing and weight, with different values: those come before Output (Boom 5 only).
    expect(boom!.indexOf('Colour')).toBeLessThan(boom!.indexOf('Output'));
  });
});
