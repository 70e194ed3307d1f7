import { describe, expect, it } from 'vitest';
import { buildProductIndex, extractEntities, type CatalogProduct, type ExtractEntitiesOptions } from '../../../core/nlu/entities.js';
import type { Entity, EntityType } from '../../../core/nlu/types.js';

/** 2025-03-15 08:30 in Tokyo, 2025-03-14 16:30 in Los Angeles. */
const NOW = new Date('2025-03-14T23:30:00Z');

function find(text: string, options: ExtractEntitiesOptions, type: EntityType): Entity[] {
  return extractEntities(text, options).filter((e) => e.type === type);
}
function values(text: string, locale: string, type: EntityType): unknown[] {
  return find(text, { locale, timezone: 'Asia/Tokyo', now: NOW }, type).map((e) => e.value);
}

describe('order numbers', () => {
  it.each([
    ['where is my order SM123456?', 'en'], ['sm-123456', 'en'], ['123456', 'zh-CN'], ['#123456.', 'en'],
    ['我的订单号是123456', 'zh-CN'], ['注文番号は１２３４５６です', 'ja'], ['주문번호 123456 배송 언제 와요?', 'ko'],
    ['mi pedido 123456 no llegó', 'es'], ['commande n° 123456', 'fr'], ['Bestellnummer: 123456', 'de'],
    ['заказ №123456', 'ru'], ['a minha encomenda 123456', 'pt'], ["l'ordine 123456 è in ritardo", 'it'],
    ['คำสั่งซื้อ 123456', 'th'], ['đơn hàng 123456 của tôi', 'vi'], ['pesanan 123456 belum sampai', 'id'],
    ['رقم الطلب ١٢٣٤٥٦', 'ar'], ['sipariş numaram 123456', 'tr'],
  ])('%s (%s)', (text, locale) => {
    expect(values(text, locale, 'order_id')).toEqual(['SM123456']);
  });

  it('keeps the surface text and offsets of the original', () => {
    const [e] = find('注文番号は１２３４５６です', { locale: 'ja' }, 'order_id');
    expect(e).toMatchObject({ text: '１２３４５６', start: 5, end: 11, score: 1 });
  });

  it('does not take any six digits as an order', () => {
    expect(values('I paid 123456 won yesterday for 2 items', 'en', 'order_id')).toEqual([]);
    expect(values('call 1234567', 'en', 'order_id')).toEqual([]);
  });

  it('uses the shop patterns when given', () => {
    const opts = { locale: 'en', orderPatterns: [/\bORD-(?<id>\d{8})\b/] };
    expect(find('status of ORD-20250001 please', opts, 'order_id').map((e) => e.value)).toEqual(['20250001']);
    expect(find('order 123456', opts, 'order_id')).toEqual([]);
    expect(find('ticket ab 12-34', { locale: 'en', orderPatterns: ['AB ?\\d{2}-\\d{2}'] }, 'order_id')[0]?.value).toBe('AB12-34'.replace('-', ''));
  });
});

describe('contacts', () => {
  it.each([
    ['call me at 13800138000', 'zh-CN', '+8613800138000'], ['電話は090-1234-5678です', 'ja', '+819012345678'],
    ['010-1234-5678로 연락주세요', 'ko', '+821012345678'], ['mi número es 612 345 678', 'es', '+34612345678'],
    ['06 12 34 56 78', 'fr', '+33612345678'], ['+7 912 345-67-89', 'ru', '+79123456789'], ['(11) 91234-5678', 'pt-BR', '+5511912345678'],
    ['0812-3456-7890', 'id', '+6281234567890'], ['0532 123 45 67', 'tr', '+905321234567'], ['my number is +1 415-555-2671', 'de', '+14155552671'],
  ])('%s (%s)', (text, locale, e164) => {
    expect(values(text, locale, 'phone')).toEqual([e164]);
  });

  it('finds and lower-cases e-mails, even next to CJK text', () => {
    expect(values('my email is John.Doe@Example.com', 'en', 'email')).toEqual(['john.doe@example.com']);
    expect(values('邮箱是li.lei@mail.cn谢谢', 'zh-CN', 'email')).toEqual(['li.lei@mail.cn']);
  });
});

describe('money', () => {
  it.each([
    ['it costs $12.50', 'en', 12.5, 'USD'], ['1,299.00 USD', 'en', 1299, 'USD'], ['29,90 €', 'de', 29.9, 'EUR'],
    ['1.234,56 €', 'es', 1234.56, 'EUR'], ['199元', 'zh-CN', 199, 'CNY'], ['五十块钱', 'zh-CN', 50, 'CNY'], ['¥500', 'zh-CN', 500, 'CNY'],
    ['¥500', 'ja', 500, 'JPY'], ['1,000円', 'ja', 1000, 'JPY'], ['5만원', 'ko', 50000, 'KRW'], ['₩15,000', 'ko', 15000, 'KRW'],
    ['300 рублей', 'ru', 300, 'RUB'], ['R$ 29,90', 'pt', 29.9, 'BRL'], ['£5', 'en', 5, 'GBP'], ['20 euro', 'it', 20, 'EUR'],
    ['500 บาท', 'th', 500, 'THB'], ['฿1,200', 'th', 1200, 'THB'], ['50.000₫', 'vi', 50000, 'VND'], ['50k', 'vi', 50000, 'VND'],
    ['Rp 50.000', 'id', 50000, 'IDR'], ['50rb', 'id', 50000, 'IDR'], ['1,5jt', 'id', 1500000, 'IDR'], ['100 ريال', 'ar', 100, 'SAR'],
    ['١٥٠ ر.س', 'ar', 150, 'SAR'], ['100 ₺', 'tr', 100, 'TRY'], ['250 TL', 'tr', 250, 'TRY'],
  ])('%s (%s)', (text, locale, amount, currency) => {
    expect(values(text, locale, 'money')).toEqual([{ amount, currency }]);
  });

  it('needs a currency: a bare number is a number', () => {
    expect(values('I want 3', 'en', 'money')).toEqual([]);
    expect(values('I want 3', 'en', 'number')).toEqual([3]);
  });
});

describe('quantities', () => {
  it.each([
    ['2 pcs', 'en', 2], ['x3 please', 'en', 3], ['两个', 'zh-CN', 2], ['买三件', 'zh-CN', 3], ['3個ください', 'ja', 3],
    ['ふたつ', 'ja', 2], ['두 개 주세요', 'ko', 2], ['2개', 'ko', 2], ['4 unidades', 'es', 4], ['2 pièces', 'fr', 2],
    ['3 Stück', 'de', 3], ['5 штук', 'ru', 5], ['2 peças', 'pt', 2], ['2 pezzi', 'it', 2], ['3 ชิ้น', 'th', 3],
    ['2 cái', 'vi', 2], ['3 buah', 'id', 3], ['2 قطع', 'ar', 2], ['2 adet', 'tr', 2],
  ])('%s (%s)', (text, locale, n) => {
    expect(values(text, locale, 'quantity')).toEqual([n]);
  });

  it("reads 3点 as three o'clock in Chinese and three items in Japanese", () => {
    expect(values('3点', 'ja', 'quantity')).toEqual([3]);
    expect(values('下午3点', 'zh-CN', 'quantity')).toEqual([]);
  });
});

describe('dates and times in the shopper time zone', () => {
  const tomorrow3pm = '2025-03-16T15:00:00+09:00';
  it.each([
    ['tomorrow at 3pm', 'en'], ['明天下午三点', 'zh-CN'], ['明日の午後3時', 'ja'], ['내일 오후 3시', 'ko'], ['mañana a las 15:00', 'es'],
    ['demain à 15h', 'fr'], ['morgen um 15 Uhr', 'de'], ['завтра в 15:00', 'ru'], ['amanhã às 15h', 'pt'], ['domani alle 15', 'it'],
    ['พรุ่งนี้ บ่าย 3 โมง', 'th'], ['ngày mai lúc 15:00', 'vi'], ['besok jam 15:00', 'id'], ['غدا الساعة 15:00', 'ar'], ['yarın saat 15:00', 'tr'],
  ])('%s (%s)', (text, locale) => {
    expect(values(text, locale, 'datetime')).toEqual([tomorrow3pm]);
  });

  it.each([
    ['明天到货吗', 'zh-CN', '2025-03-16'], ['내일 도착해요?', 'ko', '2025-03-16'], ['¿llega mañana?', 'es', '2025-03-16'],
    ['วันนี้ส่งไหม', 'th', '2025-03-15'], ['bugün kargoya verilir mi', 'tr', '2025-03-15'], ['هل يصل غدا؟', 'ar', '2025-03-16'],
    ['ngày mai có không', 'vi', '2025-03-16'], ['besok sampai?', 'id', '2025-03-16'], ['下周五', 'zh-CN', '2025-03-21'],
  ])('day only: %s (%s)', (text, locale, day) => {
    expect(values(text, locale, 'datetime')).toEqual([day]);
  });

  it('resolves "tomorrow" on the shopper\'s calendar, not the server\'s', () => {
    const la = { locale: 'en', timezone: 'America/Los_Angeles', now: NOW };
    expect(find('tomorrow at 3pm', la, 'datetime')[0]?.value).toBe('2025-03-15T15:00:00-07:00');
    expect(find('today', { locale: 'en', now: NOW }, 'datetime')[0]?.value).toBe('2025-03-14');
  });

  it('gives the offset of the target day across a DST change', () => {
    const ny = { locale: 'en', timezone: 'America/New_York', now: new Date('2025-03-08T20:00:00Z') };
    expect(find('tomorrow at 10am', ny, 'datetime')[0]?.value).toBe('2025-03-09T10:00:00-04:00');
  });

  it('does not read "por la mañana" as tomorrow', () => {
    expect(values('por la mañana', 'es', 'datetime')).toEqual([]);
  });
});

const CATALOG: CatalogProduct[] = [
  {
    id: 'P1',
    name: {
      en: 'Aurora Wireless Earbuds Pro', 'zh-CN': '极光无线蓝牙耳机 Pro', ja: 'オーロラ ワイヤレスイヤホン Pro', ko: '오로라 무선 이어폰 프로',
      es: 'Auriculares inalámbricos Aurora Pro', de: 'Aurora kabellose Ohrhörer Pro', ru: 'Беспроводные наушники Aurora Pro',
      th: 'หูฟังไร้สาย Aurora Pro', ar: 'سماعات أذن لاسلكية أورورا برو', tr: 'Aurora Kablosuz Kulaklık Pro',
    },
    keywords: { en: ['earbuds', 'earphones'], 'zh-CN': ['耳机'], ko: ['이어폰'], ru: ['наушники'] },
  },
  {
    id: 'P2',
    name: { en: 'Trail Running Shoes', 'zh-CN': '越野跑鞋', ja: 'トレイルランニングシューズ', id: 'Sepatu Lari Trail', vi: 'Giày chạy địa hình' },
    keywords: { en: ['sneakers'], 'zh-CN': ['跑鞋', '运动鞋'] },
  },
  {
    id: 'P3',
    name: { en: 'Phone Case', 'zh-CN': '手机壳', de: 'Handyhülle', th: 'เคสโทรศัพท์', vi: 'Ốp lưng điện thoại', fr: 'Coque de téléphone' },
  },
  { id: 'P4', name: { en: 'Ceramic Coffee Mug', 'zh-CN': '陶瓷咖啡杯' }, keywords: { en: ['mug'] } },
];

describe('products', () => {
  const catalog = buildProductIndex(CATALOG);
  const products = (text: string, locale: string) =>
    extractEntities(text, { locale, catalog }).filter((e) => e.type === 'product');

  it.each([
    ['do you have the aurora earbuds in stock?', 'en', 'P1', 'aurora earbuds'],
    ['auroa earbds', 'en', 'P1', 'auroa earbds'],
    ['trail runing shoes size 42', 'en', 'P2', 'trail runing shoes'],
    ['do you sell mugs', 'en', 'P4', 'mugs'],
    ['极光耳机还有货吗', 'zh-CN', 'P1', '极光耳机'],
    ['手机壳多少钱', 'zh-CN', 'P3', '手机壳'],
    ['トレイルランニングシューズの在庫', 'ja', 'P2', 'トレイルランニングシューズ'],
    ['무선 이어폰을 주문했어요', 'ko', 'P1', '무선 이어폰'],
    ['ich suche eine Handyhüle', 'de', 'P3', 'Handyhüle'],
    ['kablosuz kulaklık var mı', 'tr', 'P1', 'kablosuz kulaklık'],
    ['هل سماعات أورورا متوفرة', 'ar', 'P1', 'سماعات أورورا'],
    ['เคสโทรศัพท์ราคาเท่าไหร่', 'th', 'P3', 'เคสโทรศัพท์'],
    ['ốp lưng điện thoại iphone', 'vi', 'P3', 'ốp lưng điện thoại'],
    ['наушники aurora', 'ru', 'P1', 'наушники aurora'],
    ['Ceramic Coffee Mug', 'fr', 'P4', 'Ceramic Coffee Mug'],
  ])('%s (%s)', (text, locale, id, surface) => {
    const [best] = products(text, locale);
    expect(best?.value).toBe(id);
    expect(best?.text).toBe(surface);
    expect(best?.score).toBeGreaterThan(0.6);
    expect(best?.score).toBeLessThanOrEqual(1);
  });

  it('scores an exact name 1 and a typo lower', () => {
    expect(products('Phone Case', 'en')[0]?.score).toBe(1);
    expect(products('phone csae', 'en')[0]?.score).toBeLessThan(1);
  });

  it('does not see a product in a common word', () => {
    expect(products('my phone is broken', 'en')).toEqual([]);
    expect(products('the case is closed', 'en')).toEqual([]);
    expect(products('I have a question about pro pricing', 'en')).toEqual([]);
  });

  it('finds several products and keeps the quantity outside the name', () => {
    const all = extractEntities('越野跑鞋两双，再要一个陶瓷咖啡杯', { locale: 'zh-CN', catalog });
    expect(all.map((e) => [e.type, e.value])).toEqual([
      ['product', 'P2'], ['quantity', 2], ['quantity', 1], ['product', 'P4'],
    ]);
  });

  it('treats the digits of a model name as part of the name', () => {
    const idx = buildProductIndex([{ id: 'X', name: { en: 'Wireless Headphones X1' } }]);
    const all = extractEntities('I want the X1 headphones', { locale: 'en', catalog: idx });
    expect(all.map((e) => e.type)).toEqual(['product']);
  });
});
