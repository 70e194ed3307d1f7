/** Refund questions after a return, and a yes to "would you like to return it?". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const totalOf = async (id: string, locale: string) => {
  const o = (await t.app.engine.bot('demo-shop').shop.getOrder(id))!;
  return formatMoney(o.total, o.currency, locale);
};
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('refunds', () => {
  it.each([
    ['en', 'I want to return order SM100240', 'and when do I get my money back?'],
    ['ru', 'хочу вернуть заказ SM100240', 'а деньги когда вернут?'],
    ['zh-CN', '我想退货 订单SM100240', '退款多久到账'],
  ])('%s: right after a return, when the money comes back (not "no return has been started")', async (locale, ret, refund) => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(ret).expectFlow('return_request', tr(locale, 'returns.agent_will_help'));
    const r = await c.says(refund).expectFlow('refund_status');
    expect(texts(r)).toEqual([tr(locale, 'refund.after_return', { id: 'SM100240', total: await totalOf('SM100240', locale), refund_min: 5, refund_max: 7 })]);
  });

  it('starts the return when the shopper says yes to "would you like to return it?"', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('where is my refund for SM100235').expectFlow('refund_status', tr('en', 'refund.none_delivered', { id: 'SM100235' }));
    await c.says('yes').expectFlow('return_request', tr('en', 'returns.eligible', { id: 'SM100235' }));
  });
});
