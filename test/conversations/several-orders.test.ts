/** Several order numbers in one message: each is looked up (at most 5), and several are cancelled with one confirmation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';
import { demoOrderWith, demoOrders } from '../helpers/demo-orders.js';

const byStatus = demoOrderWith;
const pending = byStatus('pending');
const paid = byStatus('paid');
const delivered = byStatus('delivered');
const shipped = byStatus('shipped');

/** Per locale: where are {a} and {b}; cancel {a} and {b}, as shoppers write them. */
const SAY: Record<string, [where: string, cancel: string]> = {
  en: ['where are {a} and {b}?', 'cancel {a} and {b}'],
  'zh-CN': ['{a}和{b}到哪了', '取消{a}和{b}'],
  ja: ['{a}と{b}はどこですか', '{a}と{b}をキャンセルしたい'],
  ko: ['{a}이랑 {b} 어디쯤이에요?', '{a}, {b} 취소해주세요'],
  es: ['¿dónde están {a} y {b}?', 'cancela {a} y {b}'],
  fr: ['où en sont {a} et {b} ?', 'annulez {a} et {b}'],
  de: ['wo sind {a} und {b}?', 'bitte {a} und {b} stornieren'],
  ru: ['где заказы {a} и {b}?', 'отмените {a} и {b}'],
  pt: ['cadê os pedidos {a} e {b}?', 'cancela {a} e {b}'],
  it: ['dove sono {a} e {b}?', 'annullate {a} e {b}'],
  th: ['{a} กับ {b} ถึงไหนแล้วคะ', 'ยกเลิก {a} กับ {b} ค่ะ'],
  vi: ['đơn {a} và {b} tới đâu rồi', 'hủy giúp mình đơn {a} và {b}'],
  id: ['pesanan {a} dan {b} sampai mana?', 'tolong batalkan {a} dan {b}'],
  ar: ['وين طلباتي {a} و {b}؟', 'الغوا الطلبين {a} و {b}'],
  tr: ['{a} ve {b} nerede?', '{a} ve {b} siparişlerini iptal edin'],
};
const fill = (s: string, a: string, b: string) => s.replace('{a}', a).replace('{b}', b);

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const statusOf = async (c: Chat, id: string) => (await t.app.engine.bot('demo-shop').shop.getOrder(id, undefined, await c.customer()))?.status;

describe.each(Object.keys(SAY))('several orders in one message, in %s', (locale) => {
  const [where, cancel] = SAY[locale]!;

  it('answers each order asked about, in order', async () => {
    const c = new Chat(t.app, undefined, locale);
    const r = await c.says(fill(where, pending.id, delivered.id)).expectFlow('order_status');
    const all = texts(r);
    const first = all.indexOf(tr(locale, 'order.status', { context: 'pending', id: pending.id }));
    const second = all.indexOf(tr(locale, 'order.status', { context: 'delivered', id: delivered.id }));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
  });

  it('cancels both with one confirmation, for this shopper only', async () => {
    const c = new Chat(t.app, undefined, locale);
    const r = await c.says(fill(cancel, pending.id, paid.id)).expectFlow('order_cancel');
    const asked = texts(r).join('\n');
    expect(asked).toContain(tr(locale, 'order.cancel_line', { context: 'unpaid', id: pending.id, items: 1, total: formatMoney(pending.total, pending.currency, locale) }));
    expect(asked).toContain(paid.id);
    expect(await statusOf(c, pending.id)).toBe('pending');
    const done = texts(await c.presses(tr(locale, 'order.cancel_yes_several')).expectFlow('order_cancel')).join('\n');
    expect(done).toContain(tr(locale, 'order.cancelled_line', { context: 'unpaid', id: pending.id }));
    expect(done).toContain(tr(locale, 'order.cancelled_line', { id: paid.id, total: formatMoney(paid.total, paid.currency, locale) }));
    expect([await statusOf(c, pending.id), await statusOf(c, paid.id)]).toEqual(['cancelled', 'cancelled']);
    const other = new Chat(t.app, undefined, locale);
    expect([await statusOf(other, pending.id), await statusOf(other, paid.id)]).toEqual(['pending', 'paid']);
  });
});

describe('several orders, and what stands in the way', () => {
  it('says which cannot be cancelled, and asks about the one that can as usual', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const r = await c.says(`cancel ${pending.id} and ${delivered.id}`).expectFlow('order_cancel');
    expect(texts(r).join('\n')).toContain(tr('en', 'order.cannot_cancel', { context: 'delivered', id: delivered.id }));
    expect(texts(r).join('\n')).toContain(tr('en', 'order.cancel_confirm', { context: 'unpaid', id: pending.id, items: 1, total: formatMoney(pending.total, pending.currency, 'en') }));
    await c.says('yes').expectReply(tr('en', 'order.cancelled_unpaid', { id: pending.id }));
    expect(await statusOf(c, delivered.id)).toBe('delivered');
  });

  it('says why none can be cancelled, with the ways on', async () => {
    const c = new Chat(t.app, undefined, 'de');
    const r = await c.says(`bitte ${shipped.id} und ${delivered.id} stornieren`).expectFlow('order_cancel');
    const all = texts(r).join('\n');
    expect(all).toContain(tr('de', 'order.cannot_cancel', { context: 'shipped', id: shipped.id }));
    expect(all).toContain(tr('de', 'order.cannot_cancel', { context: 'delivered', id: delivered.id }));
    expect(c.buttons.map((b) => b.label)).toEqual([tr('de', 'menu.returns'), tr('de', 'menu.human')]);
  });

  it('keeps them all on "no, keep them"', async () => {
    const c = new Chat(t.app, undefined, 'es');
    await c.says(`cancela ${pending.id} y ${paid.id}`).expectFlow('order_cancel');
    const r = await c.presses(tr('es', 'order.cancel_no_several')).expectFlow('order_cancel');
    expect(texts(r).join('\n')).toContain(pending.id);
    expect(texts(r).join('\n')).toContain(paid.id);
    expect([await statusOf(c, pending.id), await statusOf(c, paid.id)]).toEqual(['pending', 'paid']);
  });

  it('answers one it cannot find beside one it can', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const r = await c.says(`where are ${shipped.id} and SM999999`).expectFlow('order_status');
    expect(texts(r)).toContain(tr('en', 'order.not_found', { id: 'SM999999' }));
    expect(texts(r).join('\n')).toContain(shipped.id);
  });

  it('looks up five at most, and says so', async () => {
    const ids = demoOrders.slice(0, 7).map((o) => o.id);
    const r = await new Chat(t.app, undefined, 'en').says(`status of ${ids.join(' ')}`).expectFlow('order_status');
    expect(texts(r)[0]).toBe(tr('en', 'order.several_limit', { count: 5 }));
    for (const id of ids.slice(0, 5)) expect(texts(r).join('\n')).toContain(id);
    for (const id of ids.slice(5)) expect(texts(r).join('\n')).not.toContain(id);
  });

  it('takes several numbers in answer to the question', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('where is my order').expectFlow('order_status', tr('en', 'order.ask_id'));
    const r = await c.says(`${pending.id}, ${delivered.id}`).expectFlow('order_status');
    expect(texts(r)).toContain(tr('en', 'order.status', { context: 'delivered', id: delivered.id }));
    const d = new Chat(t.app, undefined, 'en');
    await d.says('i want to cancel an order').expectFlow('order_cancel', tr('en', 'order.ask_id_cancel'));
    await d.says(`${pending.id} and ${paid.id}`).expectFlow('order_cancel', tr('en', 'order.cancel_confirm_several', { lines: '' }).trim());
    expect(d.buttons.map((b) => b.label)).toContain(tr('en', 'order.cancel_yes_several'));
  });
});
