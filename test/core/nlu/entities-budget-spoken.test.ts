/**
 * Amounts said rather than written: number words, colloquial thousands ("тыща", "grand", "Riesen", "lucas"), the
 * Russian inverted order ("тыщи 3"), shorthand ("一千五", "1tr5", "1万5千円"), ranges ("两百多", "3만원대") and native digits.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../core/nlu/entities.js';

const money = (text: string, locale: string): unknown[] =>
  extractEntities(text, { locale }).filter((e) => e.type === 'money').map((e) => e.value);

describe('spoken amounts with a currency', () => {
  it.each([
    ['до тыщи 3 рублей', 'ru', 3000, 'RUB', 'max'],
    ['три тысячи рублей', 'ru', 3000, 'RUB', undefined],
    ['до двух тысяч рублей', 'ru', 2000, 'RUB', 'max'],
    ['до трёх тысяч пятисот рублей', 'ru', 3500, 'RUB', 'max'],
    ['рублей 500 максимум', 'ru', 500, 'RUB', 'max'],
    ['三千五百块', 'zh-CN', 3500, 'CNY', undefined],
    ['1万5千円以下', 'ja', 15_000, 'JPY', 'max'],
    ['3000円台のイヤホン', 'ja', 4000, 'JPY', 'max'],
    ['삼만원 이하', 'ko', 30_000, 'KRW', 'max'],
    ['3만5천원 이하', 'ko', 35_000, 'KRW', 'max'],
    ['10만원대 이어폰', 'ko', 200_000, 'KRW', 'max'],
    ['ไม่เกินสองร้อยบาท', 'th', 200, 'THB', 'max'],
    ['งบ 3 พันบาท', 'th', 3000, 'THB', 'max'],
    ['1tr5', 'vi', 1_500_000, 'VND', undefined],
    ['budget 1jt5', 'id', 1_500_000, 'IDR', 'max'],
    ['üç bin lira', 'tr', 3000, 'TRY', undefined],
    ['iki yüz elli liraya kadar', 'tr', 250, 'TRY', 'max'],
    ['في حدود ثلاثة آلاف ريال', 'ar', 3000, 'SAR', 'max'],
    ['خمسة وعشرين ريال', 'ar', 25, 'SAR', undefined],
    ['unter drei tausend euro', 'de', 3000, 'EUR', 'max'],
    ['unter zweihundertfünfzig Euro', 'de', 250, 'EUR', 'max'],
    ['menos de treinta y cinco euros', 'es', 35, 'EUR', 'max'],
    ['até dois mil e quinhentos reais', 'pt', 2500, 'BRL', 'max'],
    ['sotto i trentotto euro', 'it', 38, 'EUR', 'max'],
    ['moins de quatre-vingt-dix euros', 'fr', 90, 'EUR', 'max'],
    ['under two hundred and fifty dollars', 'en', 250, 'USD', 'max'],
    ['twenty five hundred dollars', 'en', 2500, 'USD', undefined],
  ])('%s (%s)', (text, locale, amount, currency, bound) => {
    expect(money(text, locale)).toEqual([{ amount, currency, ...(bound ? { bound } : {}) }]);
  });
});

describe('spoken budgets without a currency carry the local one', () => {
  it.each([
    ['тыщи за 3', 'ru', 3000, 'RUB'],
    ['наушники тыщи за две', 'ru', 2000, 'RUB'],
    ['до штуки 2', 'ru', 2000, 'RUB'],
    ['в пределах трёх тыщ', 'ru', 3000, 'RUB'],
    ['до полторы тыщи', 'ru', 1500, 'RUB'],
    ['за тыщу', 'ru', 1000, 'RUB'],
    ['до косаря', 'ru', 1000, 'RUB'],
    ['两百多', 'zh-CN', 300, 'CNY'],
    ['200多的耳机', 'zh-CN', 300, 'CNY'],
    ['一千五以内', 'zh-CN', 1500, 'CNY'],
    ['1千5以内', 'zh-CN', 1500, 'CNY'],
    ['两万五以内', 'zh-CN', 25_000, 'CNY'],
    ['3w以内', 'zh-CN', 30_000, 'CNY'],
    ['1万5以内', 'zh-CN', 15_000, 'CNY'],
    ['1만5 이하', 'ko', 15_000, 'KRW'],
    ['삼만 이하', 'ko', 30_000, 'KRW'],
    ['ไม่เกินสามพัน', 'th', 3000, 'THB'],
    ['ไม่เกิน 3 พัน', 'th', 3000, 'THB'],
    ['ไม่เกินสองพันห้า', 'th', 2500, 'THB'],
    ['ไม่เกินห้าร้อยครับ', 'th', 500, 'THB'],
    ['tầm 2 trăm', 'vi', 200, 'VND'],
    ['dưới ba trăm nghìn', 'vi', 300_000, 'VND'],
    ['dưới hai triệu rưỡi', 'vi', 2_500_000, 'VND'],
    ['dưới 2 củ', 'vi', 2_000_000, 'VND'],
    ['di bawah seratus ribu', 'id', 100_000, 'IDR'],
    ['di bawah dua ratus lima puluh ribu', 'id', 250_000, 'IDR'],
    ['maks lima belas ribu', 'id', 15_000, 'IDR'],
    ['3 bine kadar', 'tr', 3000, 'TRY'],
    ['unter 3 Tausend', 'de', 3000, 'EUR'],
    ['bis 3 Tsd', 'de', 3000, 'EUR'],
    ['unter 2 Riesen', 'de', 2000, 'EUR'],
    ['massimo tremila', 'it', 3000, 'EUR'],
    ['moins de 3 mille', 'fr', 3000, 'EUR'],
    ['até três mil', 'pt', 3000, 'BRL'],
  ])('%s (%s)', (text, locale, amount, local) => {
    expect(money(text, locale)).toEqual([{ amount, currency: '', bound: 'max', local }]);
  });

  it.each([
    ['بحدود ٣ آلاف', 'ar', 3000], ['تحت 3 آلاف', 'ar', 3000], ['menos de tres mil', 'es', 3000], ['menos de 50 lucas', 'es', 50_000],
    ['under 3 grand', 'en', 3000], ['under a grand', 'en', 1000],
  ])('%s (%s): no local currency for the language', (text, locale, amount) => {
    expect(money(text, locale)).toEqual([{ amount, currency: '', bound: 'max' }]);
  });

  it('reads a ceiling word with a dot ("max. 50 €")', () => {
    expect(money('max. 50 €', 'de')).toEqual([{ amount: 50, currency: 'EUR', bound: 'max' }]);
  });
});

describe('numbers that are not money', () => {
  it.each([
    ['no more than two items', 'en'], ['within ten days', 'en'], ['a grand total of nothing', 'en'], ['bis zehn Uhr', 'de'], ['bis 10 Uhr', 'de'],
    ['bis elf', 'de'], ['dreimal bitte', 'de'], ['до двух часов', 'ru'], ['до 2 штук', 'ru'], ['беру две штуки', 'ru'], ['мне штуки 3 надо', 'ru'],
    ['тысячи людей', 'ru'], ['一百多个', 'zh-CN'], ['十天以内', 'zh-CN'], ['三千台以下', 'ja'], ['ไม่เกินสิบวัน', 'th'], ['งบสามารถ', 'th'],
    ['en fazla on gün', 'tr'], ['hasta dos unidades', 'es'], ['أقل من عشرة أيام', 'ar'], ['십일 이내', 'ko'], ['오십개 이하', 'ko'],
  ])('%s (%s)', (text, locale) => {
    expect(money(text, locale)).toEqual([]);
  });

  it('reads "500 altı" as under 500, not 506, and "이 만원짜리" as 10 000 won', () => {
    expect(money('500 altı', 'tr')).toEqual([{ amount: 500, currency: '', bound: 'max', local: 'TRY' }]);
    expect(money('이 만원짜리', 'ko')).toEqual([{ amount: 10_000, currency: 'KRW' }]);
  });
});
