/** A basket read from a message: the products named, one kind as one item, and how many of each. */
import { describe, expect, it } from 'vitest';
import { basketItems, pointsAtShown, type ProductMention } from '../../../core/nlu/entities-basket.js';

const NAMES: Record<string, string[]> = { P001: ['x1'], P005: ['boom', '5'], P007: [], P008: [] };
const inName = (id: string, said: string) => said.toLowerCase().split(/\s+/).every((w) => NAMES[id]?.includes(w));
/** Mentions where `words` stand in `text`, each naming the ids after it. */
function at(text: string, ...named: [string, ...string[]][]): ProductMention[] {
  return named.flatMap(([words, ...ids]) => ids.map((id) => ({ id, start: text.indexOf(words), end: text.indexOf(words) + words.length })));
}

describe('basketItems', () => {
  it.each([
    ['can I use SAVE15 if I buy 2 X1 and the Boom 5?', 'en', [['X1', 'P001'], ['Boom 5', 'P005']], [2, 1]],
    ['X1を2個とBoom 5', 'ja', [['X1', 'P001'], ['Boom 5', 'P005']], [2, 1]],
    ['two X1 and three Boom 5 for SAVE15', 'en', [['X1', 'P001'], ['Boom 5', 'P005']], [2, 3]],
    ['zwei X1 und eine Boom 5', 'de', [['X1', 'P001'], ['Boom 5', 'P005']], [2, 1]],
    ['买两个X1和一个Boom 5', 'zh-CN', [['X1', 'P001'], ['Boom 5', 'P005']], [2, 1]],
    ['X1 x3 and Boom 5', 'en', [['X1', 'P001'], ['Boom 5', 'P005']], [3, 1]],
  ] as const)('%s (%s)', (text, locale, named, quantities) => {
    const items = basketItems(text, locale, at(text, ...named.map((n) => [...n] as [string, ...string[]])), inName);
    expect(items.map((i) => i.quantity)).toEqual(quantities);
  });

  it('keeps the matches of one kind as one item ("2 phone cases")', () => {
    const text = 'can I use SAVE15 with 2 phone cases?';
    const mentions = [{ id: 'P008', start: text.indexOf('with'), end: text.indexOf('?') }, { id: 'P007', start: text.indexOf('phone'), end: text.indexOf('?') }];
    expect(basketItems(text, 'en', mentions, inName)).toEqual([{ ids: ['P008', 'P007'], quantity: 2 }]);
  });

  it('counts neither a code, a name\'s number nor money', () => {
    const text = 'SAVE15 on the Boom 5 and $100 of X1';
    expect(basketItems(text, 'en', at(text, ['Boom 5', 'P005'], ['X1', 'P001']), inName).map((i) => i.quantity)).toEqual([1, 1]);
  });

  it('keeps products a reference added (no span) apart', () => {
    expect(basketItems('SAVE15 for both?', 'en', [{ id: 'P001', start: 0, end: 0 }, { id: 'P003', start: 0, end: 0 }], inName)).toHaveLength(2);
  });
});

describe('pointsAtShown', () => {
  it.each([
    ['can I use SAVE15 on these?', 'en'], ['这些能用SAVE15吗', 'zh-CN'], ['これらにSAVE15使える？', 'ja'], ['이것들 SAVE15 돼요?', 'ko'],
    ['sirve SAVE15 para estos?', 'es'], ['SAVE15 marche pour ceux-ci ?', 'fr'], ['gilt SAVE15 für diese?', 'de'], ['на эти SAVE15 действует?', 'ru'],
    ['o SAVE15 vale pra esses?', 'pt'], ['SAVE15 vale per questi?', 'it'], ['ใช้ SAVE15 กับพวกนี้ได้ไหม', 'th'], ['mấy cái này dùng SAVE15 đc ko', 'vi'],
    ['SAVE15 bisa buat ini semua?', 'id'], ['SAVE15 ينفع على هذول؟', 'ar'], ['bunlarda SAVE15 geçer mi', 'tr'],
  ])('"%s" (%s) points at the products shown', (text, locale) => {
    expect(pointsAtShown(text, locale)).toBe(true);
  });

  it('"all products" asks about the shop, not the products shown', () => {
    expect(pointsAtShown('does SAVE15 work on all products?', 'en')).toBe(false);
  });
});
