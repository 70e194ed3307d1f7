/** A shopper who cannot find the order number is told where it is, and one whose parcel shows delivered where to look; both can ask for a person. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/util/locales.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('no order number at hand', () => {
  it.each([
    ['en', 'where is my order', 'i dont know my order number'],
    ['zh-CN', '我的快递到哪了', '不知道订单号'],
    ['es', 'dónde está mi pedido', 'no tengo el número'],
    ['ja', '注文どこ？', '注文番号わからない'],
    ['tr', 'siparişim nerede', 'numarayı bilmiyorum'],
  ])('%s: where to find it, and a person a tap away', async (locale, ask, dunno) => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(ask).expectFlow('order_status', t.app.i18n.t(locale, 'order.ask_id'));
    await c.says(dunno).expectFlow('order_status', t.app.i18n.t(locale, 'order.ask_id_again'));
    const r = await c.presses(t.app.i18n.t(locale, 'menu.human'));
    expect(r.flow).toBe('human_agent');
  });

  it.each(LOCALES)('%s: the help names the button the shopper sees', (locale) => {
    expect(t.app.i18n.t(locale, 'order.ask_id_again')).toContain(t.app.i18n.t(locale, 'menu.human'));
  });

  it('still takes the number when it comes', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('where is my order').expectFlow('order_status');
    await c.says("hang on i don't have it");
    const r = await c.says('found it: SM100234').expectFlow('order_status');
    expect(texts(r).join(' ')).toContain('SM100234');
  });
});

describe('a parcel marked delivered', () => {
  it.each(['en', 'id', 'vi', 'es'])('%s: where to look, and a person to open a claim (not "enjoy!")', async (locale) => {
    const c = new Chat(t.app, undefined, locale);
    const r = await c.says('SM100235').expectFlow('order_status', t.app.i18n.t(locale, 'order.status_delivered', { id: 'SM100235' }));
    expect(texts(r).join(' ')).toContain(t.app.i18n.t(locale, 'menu.human'));
    expect((await c.presses(t.app.i18n.t(locale, 'menu.human'))).flow).toBe('human_agent');
  });
});
