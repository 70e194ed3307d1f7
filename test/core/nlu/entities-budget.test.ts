/** Budgets in shoppers' words: colloquial currencies, ceiling and floor words, bare amounts, "cheaper?". */
import { describe, expect, it } from 'vitest';
import { asksCheaper, extractEntities } from '../../../core/nlu/entities.js';

const money = (text: string, locale: string): unknown[] =>
  extractEntities(text, { locale }).filter((e) => e.type === 'money').map((e) => e.value);

describe('budgets in 15 languages', () => {
  it.each([
    ['under 20 bucks', 'en', 20, 'USD'],
    ['推荐点100块以下的', 'zh-CN', 100, 'CNY'],
    ['跑鞋 500块以内', 'zh-CN', 500, 'CNY'],
    ['5000円以下でスニーカーない？', 'ja', 5000, 'JPY'],
    ['5만원 이하 운동화', 'ko', 50000, 'KRW'],
    ['ไม่เกิน 500 บาท', 'th', 500, 'THB'],
    ['auriculares por menos de 40 dolares', 'es', 40, 'USD'],
    ['fone de ouvido ate 50 dolares', 'pt', 50, 'USD'],
    ['qualcosa sotto i 20 dollari', 'it', 20, 'USD'],
    ['moins de 25€', 'fr', 25, 'EUR'],
    ['tastatur kabellos für ca 35€', 'de', 35, 'EUR'],
    ['до 2000 ₽', 'ru', 2000, 'RUB'],
    ['شي تحت 50 درهم', 'ar', 50, 'AED'],
    ['500 TL altı', 'tr', 500, 'TRY'],
    ['dibawah 20 dolar', 'id', 20, 'USD'],
    ['dưới 20 đô', 'vi', 20, 'USD'],
  ])('%s (%s) is a ceiling', (text, locale, amount, currency) => {
    expect(money(text, locale)).toEqual([{ amount, currency, bound: 'max' }]);
  });

  it.each([
    ['300rb', 'id', 300_000, 'IDR'], ['500k', 'vi', 500_000, 'VND'], ['100 SAR', 'ar', 100, 'SAR'], ['до 2000 р', 'ru', 2000, 'RUB'],
  ])('%s (%s) is money without a bound word', (text, locale, amount, currency) => {
    expect(money(text, locale)).toMatchObject([{ amount, currency }]);
  });

  it.each([
    ['sneakers under 50', 'en', 50], ['anything in black under 40', 'en', 40], ['menos de 30', 'es', 30], ['أقل من 200', 'ar', 200],
  ])('a bare amount next to a ceiling word is a budget with no currency: %s (%s)', (text, locale, amount) => {
    expect(money(text, locale)).toEqual([{ amount, currency: '', bound: 'max' }]);
  });

  it.each([
    ['500以内的耳机', 'zh-CN', 500, 'CNY'], ['预算是300', 'zh-CN', 300, 'CNY'], ['三百以内', 'zh-CN', 300, 'CNY'], ['1万以内', 'zh-CN', 10_000, 'CNY'],
    ['3000以下', 'ja', 3000, 'JPY'], ['5000 이하', 'ko', 5000, 'KRW'], ['3만 이하', 'ko', 30_000, 'KRW'], ['до 2000', 'ru', 2000, 'RUB'],
    ['до 5 тыс', 'ru', 5000, 'RUB'], ['ราคาไม่เกิน 500', 'th', 500, 'THB'], ['tầm 500 cành', 'vi', 500_000, 'VND'], ['di bawah 200k', 'id', 200_000, 'IDR'],
    ['bütçem 500', 'tr', 500, 'TRY'], ['até 200', 'pt', 200, 'BRL'], ['unter 50', 'de', 50, 'EUR'], ['moins de 50', 'fr', 50, 'EUR'],
    ['sotto i 50', 'it', 50, 'EUR'], ['menos de 500', 'es-MX', 500, 'MXN'], ['até 200', 'pt-PT', 200, 'EUR'],
  ])('a bare amount carries the currency its language usually means: %s (%s)', (text, locale, amount, local) => {
    expect(money(text, locale)).toEqual([{ amount, currency: '', bound: 'max', local }]);
  });

  it.each([
    ['300RMB以内', 'zh-CN', 300, 'CNY'], ['5万韩元以内', 'zh-CN', 50_000, 'KRW'], ['3000yen以下', 'ja', 3000, 'JPY'], ['5000えん以下', 'ja', 5000, 'JPY'],
    ['50불 이하', 'ko', 50, 'USD'], ['3000엔 이하', 'ko', 3000, 'JPY'], ['500บ. ไม่เกิน', 'th', 500, 'THB'], ['500 TL’ye kadar', 'tr', 500, 'TRY'],
    ['500 liradan ucuz', 'tr', 500, 'TRY'], ['até 2 mil reais', 'pt', 2000, 'BRL'], ['até 200 conto', 'pt', 200, 'BRL'],
    ['до 3к рублей', 'ru', 3000, 'RUB'], ['до 5 тысяч рублей', 'ru', 5000, 'RUB'], ['bis 50 Tacken', 'de', 50, 'EUR'],
    ['under 50 quid', 'en', 50, 'GBP'], ['under 50 ringgit', 'en', 50, 'MYR'], ['under 1000 rupees', 'en', 1000, 'INR'],
  ])('reads the currency of %s (%s), never dollars by default', (text, locale, amount, currency) => {
    expect(money(text, locale)).toEqual([{ amount, currency, bound: 'max' }]);
  });

  it('keeps shorthand thousands on bare amounts ("under 2k" is 2000, not 2)', () => {
    expect(money('under 2k', 'en')).toEqual([{ amount: 2000, currency: '', bound: 'max' }]);
  });

  it('reads a floor as a floor, and leaves numbers that are not money alone', () => {
    expect(money('over $50 headphones', 'en')).toMatchObject([{ amount: 50, currency: 'USD', bound: 'min' }]);
    expect(money('3万円以上', 'ja')).toMatchObject([{ amount: 30000, currency: 'JPY', bound: 'min' }]);
    expect(money('under 2 kg', 'en')).toEqual([]);
    expect(money('I want 3', 'en')).toEqual([]);
    expect(money('within 3 days', 'en')).toEqual([]);
  });
});

describe('asking for something cheaper', () => {
  it.each([
    ['cheaper one?', 'en'], ['有便宜点的吗', 'zh-CN'], ['もっと安いのある？', 'ja'], ['더 싼 거 있어요?', 'ko'], ['มีถูกกว่านี้ไหม', 'th'],
    ['¿hay algo más barato?', 'es'], ['a mais barato', 'pt'], ['uno meno caro?', 'it'], ['vous avez moins cher ?', 'fr'],
    ['gibt es was günstigeres?', 'de'], ['подешевле', 'ru'], ['في شي أرخص؟', 'ar'], ['daha ucuzu var mı', 'tr'],
    ['ada yang lebih murah?', 'id'], ['có cái nào rẻ hơn không', 'vi'],
  ])('%s (%s)', (text, locale) => {
    expect(asksCheaper(text, locale.split('-')[0] ?? locale)).toBe(true);
  });

  it('is not every question', () => {
    expect(asksCheaper('is it waterproof?', 'en')).toBe(false);
    expect(asksCheaper('这个防水吗', 'zh')).toBe(false);
    // "비싼" is dear, though it ends in "싼" (cheap).
    expect(asksCheaper('더 비싼 거 있어요?', 'ko')).toBe(false);
  });
});
