/** Typing yes or no to a confirmation presses its button, in the shopper's language. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

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

  it.each([
    ['tr', 'SM100238 siparişini iptal etmek istiyorum', 'evet iptal et'],
    ['ru', 'хочу отменить заказ SM100238', 'да отменяй'],
    ['vi', 'hủy đơn SM100238 giúp mình', 'có, hủy đi'],
  ])('%s: "%s", then the yes with the verb, "%s", cancels', async (locale, ask, answer) => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(ask).expectFlow('order_cancel');
    await c.says(answer).expectFlow('order_cancel');
    expect(await statusOf('SM100238', c)).toBe('cancelled');
  });

  it('promises no refund for an order that was never paid', async () => {
    const c = new Chat(t.app, undefined, 'es');
    const confirm = await c.says('cancela el SM100236 porfa').expectFlow('order_cancel');
    expect(texts(confirm).join(' ')).toContain(t.app.i18n.t('es', 'order.cancel_confirm_unpaid', { id: 'SM100236', items: 1, total: formatMoney(149, 'USD', 'es') }));
    const done = await c.says('sí').expectFlow('order_cancel', t.app.i18n.t('es', 'order.cancelled_unpaid', { id: 'SM100236' }));
    expect(texts(done).join(' ')).not.toContain('149');
  });

  it.each(['en', 'es', 'fr', 'it', 'pt'])('%s: a one-item order is not "1 items" in the confirmation', async (locale) => {
    const r = await new Chat(t.app, undefined, locale).says('cancel SM100236').expectFlow('order_cancel');
    expect(texts(r).join(' ')).not.toMatch(/\b1 (items|artículos|articles|articoli|itens)\b/);
  });

  it('is an ordinary message when no yes/no question is open', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('yes');
    expect(r.flow).not.toBe('order_cancel');
  });
});
