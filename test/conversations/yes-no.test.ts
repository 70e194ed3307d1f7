/** Typing yes or no to a confirmation presses its button, in the shopper's language. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const statusOf = async (id: string, c: Chat) => (await t.app.engine.bot('demo-shop').shop.getOrder(id, undefined, await c.customer()))?.status;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('a typed yes or no', () => {
  it.each([
    ['ru', 'хочу отменить заказ SM100236', 'да', 'cancelled'],
    ['tr', 'SM100238 siparişini iptal etmek istiyorum', 'hayır', 'kept'],
  ])('%s: "%s", then "%s"', async (locale, ask, answer, status) => {
    const c = new Chat(t.app, undefined, locale);
    const id = /SM\d{6}/.exec(ask)![0];
    const before = await statusOf(id, c);
    await c.says(ask).expectFlow('order_cancel', t.app.i18n.t(locale, 'order.cancel_confirm', { id, total: '' }).slice(0, 8));
    expect(await statusOf(id, c)).toBe(before);
    await c.says(answer).expectFlow('order_cancel');
    expect(await statusOf(id, c)).toBe(status === 'kept' ? before : status);
  });

  it('is an ordinary message when no yes/no question is open', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('yes');
    expect(r.flow).not.toBe('order_cancel');
  });
});
