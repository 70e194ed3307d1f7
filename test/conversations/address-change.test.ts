/**
 * "I need to change my shipping address": before an order ships, a colleague changes it (with the order number and
 * the new address); after, the shopper is told what can still be done. It was answered as order status, shipping or
 * returns before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnResult } from '../../core/pipeline/context.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';
import { demoOrderWith } from '../helpers/demo-orders.js';

const byStatus = demoOrderWith;
const pending = byStatus('pending');
const paid = byStatus('paid');
const shipped = byStatus('shipped');
const delivered = byStatus('delivered');

/** Per locale: a shopper asking to change the address (no order number yet), and a new address as they would send it. */
const ASK: Record<string, [ask: string, address: string]> = {
  en: ['can I still change the delivery address?', 'Jane Doe, 12 Elm Street, Boston MA 02115'],
  'zh-CN': ['收货地址能改吗', '张三 上海市浦东新区世纪大道100号 200120'],
  ja: ['届け先の住所を変更できますか', '〒150-0041 東京都渋谷区神南1-2-3 山田太郎'],
  ko: ['배송 주소 바꿀 수 있어요?', '홍길동 서울시 강남구 테헤란로 123 06234'],
  es: ['¿se puede cambiar la dirección de entrega?', 'Ana García, Calle Mayor 5, 28013 Madrid'],
  fr: ["je voudrais modifier l'adresse de livraison", 'Marie Dupont, 12 rue de la Paix, 75002 Paris'],
  de: ['kann ich meine adresse noch ändern', 'Max Mustermann, Hauptstraße 5, 10115 Berlin'],
  ru: ['хочу поменять адрес', 'Иван Петров, ул. Ленина 5, кв. 12, 101000 Москва'],
  pt: ['quero alterar o endereço de entrega', 'Ana Souza, Av. Paulista 1000, 01310-100 São Paulo'],
  it: ["vorrei cambiare l'indirizzo di spedizione", 'Mario Rossi, Via Roma 10, 20121 Milano'],
  th: ['อยากเปลี่ยนที่อยู่ค่ะ', 'สมชาย ใจดี 99/1 ถนนสุขุมวิท กรุงเทพฯ 10110'],
  vi: ['cho mình đổi địa chỉ nhận hàng', 'Nguyễn Văn A, 12 Lê Lợi, Quận 1, TP.HCM'],
  id: ['kak alamat kirimnya mau diganti', 'Budi, Jl. Merdeka No. 10, Jakarta Pusat 10110'],
  ar: ['ممكن اغير العنوان؟', 'أحمد علي، شارع الملك فهد 25، الرياض 12211'],
  tr: ['adresimi değiştirmek istiyorum', 'Ayşe Yılmaz, Atatürk Cad. No:5, 34710 Kadıköy/İstanbul'],
};

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const conversationOf = async (r: TurnResult) => t.app.store.conversations.get(r.conversationId!);

describe.each(Object.keys(ASK))('changing the delivery address, in %s', (locale) => {
  const [ask, address] = ASK[locale]!;

  it('asks which order, then the new address, and hands both to a colleague', async () => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(ask).expectFlow('address_change', tr(locale, 'order.address_ask_id'));
    await c.says(pending.id).expectFlow('address_change', tr(locale, 'order.address_ask_new', { id: pending.id }));
    const r = await c.says(address).expectFlow('address_change', tr(locale, 'order.address_passed', { id: pending.id, address }));
    expect(texts(r)).toContain(tr(locale, 'handoff.waiting'));
    expect(await conversationOf(r)).toMatchObject({ status: 'waiting_agent', handoffReason: 'address_change' });
  });

  it('says an order on its way can no longer be changed, and what can be done', async () => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(ask).expectFlow('address_change');
    const r = await c.says(shipped.id).expectFlow('address_change', tr(locale, 'order.address_status', {
      context: 'shipped', id: shipped.id, carrier: shipped.carrier, tracking: shipped.tracking,
    }));
    expect(c.buttons.map((b) => b.label)).toEqual([tr(locale, 'menu.human'), tr(locale, 'menu.returns')]);
    expect((await conversationOf(r))?.status).toBe('bot');
  });
});

describe('an address change', () => {
  it('with the order and the new address in one message is passed on at once', async () => {
    const r = await new Chat(t.app, undefined, 'en').says(`change the address of ${paid.id} to 5 Main St, Springfield 12345`)
      .expectFlow('address_change', tr('en', 'order.address_passed', { context: 'given', id: paid.id, address: '5 Main St, Springfield 12345' }));
    expect((await conversationOf(r))?.status).toBe('waiting_agent');
  });

  it('of a delivered order: a person, or a return', async () => {
    const c = new Chat(t.app, undefined, 'de');
    await c.says(`Adresse ändern für ${delivered.id}`).expectFlow('address_change', tr('de', 'order.address_status', { context: 'delivered', id: delivered.id }));
  });

  it('of an order not found asks for the number again, and takes it', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('I need to change my shipping address for SM999999').expectFlow('address_change', tr('en', 'order.address_ask_id', { context: 'not_found', id: 'SM999999' }));
    await c.says(pending.id).expectFlow('address_change', tr('en', 'order.address_ask_new', { id: pending.id }));
  });

  it('does not take the order number typed again for the address', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says(`change my delivery address for ${pending.id}`).expectFlow('address_change', tr('en', 'order.address_ask_new', { id: pending.id }));
    await c.says(pending.id).expectReply(tr('en', 'order.address_ask_new_again'));
  });

  it('is not a cancellation, nor an order status, whatever the message was taken for', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says(`intent:order_cancel?order_id=${pending.id}&address_change=1`).expectFlow('address_change', tr('en', 'order.address_ask_new', { id: pending.id }));
    expect((await t.app.engine.bot('demo-shop').shop.getOrder(pending.id, undefined, await c.customer()))?.status).toBe('pending');
    const d = new Chat(t.app, undefined, 'en');
    await d.says(`intent:order_status?order_id=${shipped.id}&address_change=1`).expectFlow('address_change', shipped.tracking!);
  });

  it('with a wrong address and a cancel word is a cancellation', async () => {
    await new Chat(t.app, undefined, 'en').says(`cancel ${pending.id}, wrong address`).expectFlow('order_cancel');
  });
});
