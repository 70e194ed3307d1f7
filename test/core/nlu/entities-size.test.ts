import { describe, expect, it } from 'vitest';
import { askedSize } from '../../../core/nlu/entities-size.js';
import { countBefore } from '../../../core/nlu/entities-quantity.js';

describe('askedSize', () => {
  it.each([
    ['en', 'do you have running shoes in size 42?', 42, null], ['en', 'sneakers in 42?', 42, null], ['en', 'running shoes US 9', 9, 'us'],
    ['en', 'size 10 UK', 10, 'uk'], ['zh-CN', '42码的跑鞋有吗', 42, null], ['ja', '26.5cmのランニングシューズ', 26.5, 'cm'],
    ['ko', '260 사이즈 러닝화 있어요?', 260, 'mm'], ['ko', '러닝화 260mm 있나요', 260, 'mm'], ['de', 'Laufschuhe in Größe 42?', 42, null],
    ['de', 'Gr. 44 Sneaker', 44, null], ['es', 'zapatillas del 42', 42, null], ['fr', 'des baskets du 42 ?', 42, null],
    ['fr', 'baskets pointure 41', 41, null], ['ru', 'кроссовки 42-го размера', 42, null], ['pt', 'tênis tamanho 42', 42, null],
    ['it', 'scarpe da corsa numero 42', 42, null], ['th', 'รองเท้าวิ่งไซส์ 42', 42, null], ['vi', 'giày chạy size 42', 42, null],
    ['id', 'sepatu lari ukuran 42', 42, null], ['ar', 'حذاء جري مقاس 42', 42, null], ['tr', '42 numara koşu ayakkabısı', 42, null],
  ])('%s "%s" asks for %s (%s)', (locale, text, value, system) => {
    expect(askedSize(text, locale)).toMatchObject({ kind: 'number', value, system });
  });

  it.each([
    ['en', 'hoodie in XL', 'XL'], ['en', 'size m tshirt', 'M'], ['zh-CN', 'L号的卫衣', 'L'], ['zh-CN', '有XL的卫衣吗', 'XL'],
    ['ja', 'Lサイズのパーカー', 'L'], ['tr', 'XL beden kapüşonlu', 'XL'],
  ])('%s "%s" asks for letter size %s', (locale, text, letter) => {
    expect(askedSize(text, locale)).toMatchObject({ kind: 'letter', letter });
  });

  it.each([
    ['en', '2 phone cases'], ['en', 'send us 2 cases'], ['en', 'in 2 days'], ['en', 'Air 3 earbuds'], ['en', 'braided cable 2m'],
    ['en', '20000mah power bank'], ['en', 'is it 50 cm long?'], ['zh-CN', '5号到货吗'], ['en', "I'm looking for a mug"],
  ])('%s "%s" asks for no size', (locale, text) => {
    expect(askedSize(text, locale)).toBeUndefined();
  });
});

describe('countBefore', () => {
  const nouns = new Set(['clear', 'shockproof', 'phone', 'case', 'boom', 'speaker', 'hülle', 'handyhülle', 'чехол']);
  it.each([
    ['en', '2 phone cases', 2], ['en', 'two clear cases please', 2], ['de', 'zwei Handyhüllen', 2], ['ru', '3 чехла', 3],
  ])('%s "%s" counts %s', (locale, text, n) => {
    expect(countBefore(text, locale, nouns)).toBe(n);
  });

  it.each([['en', 'the Boom 5 speaker'], ['en', 'a 2 m cable'], ['en', 'in 2 days'], ['en', 'one phone case']])('%s "%s" counts nothing', (locale, text) => {
    expect(countBefore(text, locale, nouns, new Set(['5']))).toBeUndefined();
  });
});
