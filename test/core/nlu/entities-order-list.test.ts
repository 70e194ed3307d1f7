/** Several order numbers in one message: each one, in order, with the default `SM` rules and with a shop's own patterns. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../core/nlu/entities.js';

const orderIds = (text: string, locale: string, orderPatterns?: string[]) =>
  extractEntities(text, { locale, ...(orderPatterns ? { orderPatterns } : {}) }).filter((e) => e.type === 'order_id').map((e) => e.value);

describe('order numbers listed after an order word', () => {
  it.each([
    ['en', 'orders 100236 and 100244?'],
    ['zh-CN', '订单100236和100244到哪了'],
    ['ja', '注文番号100236と100244はどうなってますか'],
    ['ko', '주문 100236, 100244 어디쯤이에요'],
    ['es', 'pedidos 100236 y 100244'],
    ['fr', 'commandes 100236 et 100244'],
    ['de', 'bestellnummer 100236 und 100244'],
    ['ru', 'заказы 100236 и 100244'],
    ['pt', 'pedido 100236 e 100244'],
    ['it', 'ordine 100236 e 100244'],
    ['th', 'ออเดอร์ 100236 กับ 100244'],
    ['vi', 'đơn hàng 100236 và 100244'],
    ['id', 'pesanan 100236 dan 100244'],
    ['ar', 'رقم الطلب 100236 و 100244'],
    ['tr', 'sipariş 100236 ve 100244'],
  ])('%s: %s', (locale, text) => {
    expect(orderIds(text, locale)).toEqual(['SM100236', 'SM100244']);
  });

  it('takes a longer list', () => {
    expect(orderIds('orders 100236, 100237, 100238 and 100239', 'en')).toEqual(['SM100236', 'SM100237', 'SM100238', 'SM100239']);
  });

  it('does not take a number that only follows the list after other words', () => {
    expect(orderIds('order 100236 costs 149000 dong', 'vi')).toEqual(['SM100236']);
  });
});

describe('a shop with its own order numbers', () => {
  it('finds every number its patterns match', () => {
    expect(orderIds('where are A-1001 and A-1002?', 'en', ['A-\\d{4}'])).toEqual(['A1001', 'A1002']);
  });
});
