/** "The second one", "the leather one", "both" after a list: which products, and when the intent changes. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyDialogue, type DialogueState, type Understanding } from '../../../core/flow/runtime.js';
import {
  describeShown, resolveListReference, resolvePointedProduct, resolveSeveral, shownProducts, type ListReferenceOptions, type ReferenceLookup,
} from '../../../core/flow/references.js';
import { createI18n, readLocaleDir } from '../../../core/i18n/index.js';
import { createDemoShop, loadCatalog } from '../../../core/shop/demo.js';
import type { Entity } from '../../../core/nlu/types.js';
import { ROOT } from '../../helpers/chat.js';

const options: ListReferenceOptions = { intent: 'product_question', keepIntents: ['product_search'], withinTurns: 3, threshold: 0.45, sure: 0.75 };
const ordinal = (value: number, start: number, end: number, text: string): Entity => ({ type: 'ordinal', value, text, start, end, score: 1 });
const state = (turnsAgo = 1): DialogueState => ({ ...emptyDialogue(), turns: 10, shown: { ids: ['A', 'B', 'C'], turn: 10 - turnsAgo } });
const understood = (intent: string | null, confidence: number, entities: Entity[]): Understanding => ({
  intent, confidence, entities, ranking: intent ? [{ intent, confidence }] : [],
});

describe('shownProducts', () => {
  it('lists the cards in the order shown, each once, at most five per message', () => {
    expect(shownProducts([{ products: ['A'] }, {}, { products: [{ id: 'B' }, 'A', 'C', 'D', 'E', 'F', 'G'] }])).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});

describe('resolveListReference', () => {
  it('names the product at the position, and starts the reference intent for a bare reference', () => {
    const r = resolveListReference(understood('complaint', 0.53, [ordinal(2, 0, 14, 'the second one')]), state(), 'the second one', 'en', false, options);
    expect(r?.entities[0]).toMatchObject({ type: 'product', value: 'B' });
    expect(r?.intent).toBe('product_question');
  });

  it('takes -1 for the last one', () => {
    const r = resolveListReference(understood(null, 0, [ordinal(-1, 0, 8, 'the last')]), state(), 'the last', 'en', false, options);
    expect(r?.entities[0]?.value).toBe('C');
  });

  it('keeps an intent that reads the product, and a sure one with more to say', () => {
    const kept = resolveListReference(understood('product_search', 0.6, [ordinal(1, 0, 13, 'the first one')]), state(), 'the first one in blue', 'en', false, options);
    expect(kept?.intent).toBe('product_search');
    const text = 'the second one arrived broken';
    const sure = resolveListReference(understood('complaint', 0.9, [ordinal(2, 0, 14, 'the second one')]), state(), text, 'en', false, options);
    expect(sure).toMatchObject({ intent: 'complaint' });
    expect(sure?.entities[0]?.value).toBe('B');
  });

  it('leaves the intent to a pending question', () => {
    const r = resolveListReference(understood(null, 0, [ordinal(2, 0, 1, '2')]), state(), '2', 'en', true, options);
    expect(r?.intent).toBeNull();
    expect(r?.entities[0]?.value).toBe('B');
  });

  it('refers to nothing when the list is old, the position is past its end, or a product is named', () => {
    const u = understood(null, 0, [ordinal(2, 0, 14, 'the second one')]);
    expect(resolveListReference(u, state(4), 'the second one', 'en', false, options)).toBeUndefined();
    expect(resolveListReference(understood(null, 0, [ordinal(5, 0, 3, '5th')]), state(), '5th', 'en', false, options)).toBeUndefined();
    const named = understood(null, 0, [ordinal(2, 0, 3, '2nd'), { type: 'product', value: 'Z', text: 'x1', start: 4, end: 6, score: 1 }]);
    expect(resolveListReference(named, state(), '2nd x1', 'en', false, options)).toBeUndefined();
    expect(resolveListReference(u, emptyDialogue(), 'the second one', 'en', false, options)).toBeUndefined();
  });

  it('adds the product but leaves the intent when the bot names no reference intent', () => {
    const r = resolveListReference(understood('complaint', 0.53, [ordinal(2, 0, 14, 'the second one')]), state(), 'the second one', 'en', false, { ...options, intent: undefined });
    expect(r?.intent).toBe('complaint');
    expect(r?.entities[0]?.value).toBe('B');
  });
});

describe('a quantity with a place in the list', () => {
  const basket = { ...options, severalIntent: 'purchase' };

  it('"2 of the second one" is the second one twice, a basket', () => {
    const r = resolveListReference(understood(null, 0.2, [{ type: 'number', value: 2, text: '2', start: 0, end: 1, score: 1 }, ordinal(2, 5, 19, 'the second one')]),
      state(), '2 of the second one', 'en', false, basket);
    expect(r?.entities.filter((e) => e.type === 'product' || e.type === 'quantity').map((e) => e.value)).toEqual(['B', 2]);
    expect(r?.intent).toBe('purchase');
  });

  it('"第二个多少钱": the 二个 of the position counts nothing', () => {
    const u = understood(null, 0, [ordinal(2, 0, 3, '第二个'), { type: 'quantity', value: 2, text: '二个', start: 1, end: 3, score: 1 }]);
    const r = resolveListReference(u, state(), '第二个多少钱', 'zh-CN', false, basket);
    expect(r?.entities.some((e) => e.type === 'quantity')).toBe(false);
    expect(r).toMatchObject({ intent: 'product_question', rest: '多少钱' });
  });
});

describe('a word that points at one product shown', () => {
  let lookup: ReferenceLookup;
  let reads = 0;
  beforeAll(async () => {
    const shop = createDemoShop(loadCatalog(join(ROOT, 'bots', 'demo-shop', 'shop', 'catalog.yaml')), []);
    const i18n = await createI18n(readLocaleDir(join(ROOT, 'locales')));
    lookup = {
      product: (id) => {
        reads++;
        return shop.getProduct(id);
      },
      words: (locale, key) => (i18n.has(locale, key) ? i18n.t(locale, key) : undefined),
    };
  });
  const shownState = (ids: string[]): DialogueState => ({ ...emptyDialogue(), turns: 10, shown: { ids, turn: 9 } });
  const point = async (ids: string[], text: string, locale: string, u = understood(null, 0.2, []), waiting = false) => {
    const s = shownState(ids);
    return resolvePointedProduct(u, s, text, locale, waiting, options, await describeShown(u, s, locale, options, lookup));
  };

  it.each([
    ['en', 'the leather one', 'P008'], ['en', 'the clear one', 'P007'], ['zh-CN', '透明的那个', 'P007'], ['ja', '革のやつ', 'P008'],
    ['es', 'la de cuero', 'P008'], ['ru', 'кожаный', 'P008'], ['ar', 'الجلد', 'P008'], ['tr', 'deri olan', 'P008'],
  ])('%s "%s" after the clear and the leather case is %s, with its details asked for', async (locale, text, id) => {
    const r = await point(['P007', 'P008'], text, locale);
    expect(r?.entities[0]).toMatchObject({ type: 'product', value: id });
    expect(r).toMatchObject({ intent: 'product_question', rest: '' });
  });

  it('reads colours in the shopper\'s words and the shop\'s ("黑色那款", "黒いの", "la negra")', async () => {
    expect((await point(['P001', 'P003'], '黑色那款', 'zh-CN'))?.entities[0]?.value).toBe('P001');
    expect((await point(['P001', 'P003'], '白いのはいくら？', 'ja'))?.entities[0]?.value).toBe('P003');
    expect((await point(['P001', 'P003'], 'la negra', 'es'))?.entities[0]?.value).toBe('P001');
  });

  it('reads the words that tell the names apart ("the mini one", "the gaming one")', async () => {
    expect((await point(['P005', 'P006'], 'the mini one', 'en'))?.entities[0]?.value).toBe('P006');
    expect((await point(['P001', 'P002'], 'the gaming one', 'en'))?.entities[0]?.value).toBe('P002');
  });

  it('names nothing when the word fits two of them, or none is pointed at', async () => {
    expect(await point(['P001', 'P002'], 'the black one', 'en')).toBeUndefined(); // both are black
    expect(await point(['P007', 'P008'], 'the phone case', 'en')).toBeUndefined();
    expect(await point(['P007', 'P008'], 'is it leather?', 'en')).toBeUndefined();
  });

  it('keeps a sure intent with more to say, and leaves a pending question its answer', async () => {
    const kept = await point(['P007', 'P008'], 'the leather one arrived scratched', 'en', understood('complaint', 0.9, []));
    expect(kept).toMatchObject({ intent: 'complaint' });
    expect(kept?.entities[0]?.value).toBe('P008');
    expect(kept?.rest).toBeUndefined();
    const asked = await point(['P007', 'P008'], 'the leather one', 'en', understood(null, 0, []), true);
    expect(asked?.intent).toBeNull();
    expect(asked?.entities[0]?.value).toBe('P008');
  });

  it('a question the reference intent answers reads the rest of the message ("is the leather one waterproof?")', async () => {
    const r = await point(['P007', 'P008'], 'is the leather one waterproof?', 'en', understood('product_question', 0.99, []));
    expect(r).toMatchObject({ intent: 'product_question', rest: 'is waterproof?' });
  });

  it('does not read the catalog when a place or a product is named, or the list is old', async () => {
    reads = 0;
    await describeShown(understood(null, 0, [ordinal(2, 0, 14, 'the second one')]), shownState(['P007', 'P008']), 'en', options, lookup);
    await describeShown(understood(null, 0, []), { ...shownState(['P007', 'P008']), turns: 20 }, 'en', options, lookup);
    expect(reads).toBe(0);
  });
});

describe('several at once', () => {
  const basket = { ...options, severalIntent: 'purchase', keepIntents: ['product_question', 'purchase'] };
  const two = (): DialogueState => ({ ...emptyDialogue(), turns: 10, shown: { ids: ['A', 'B'], turn: 9 } });

  it('"how much for both?" is both, and their total, however sure the classifier is of shipping', () => {
    const r = resolveSeveral(understood('shipping_info', 0.9, []), two(), 'how much for both?', 'en', false, basket);
    expect(r?.entities.filter((e) => e.type === 'product').map((e) => e.value)).toEqual(['A', 'B']);
    expect(r?.intent).toBe('purchase');
  });

  it('takes the count at its word: "both" of three is no reference, "all three" is', () => {
    expect(resolveSeveral(understood(null, 0, []), state(), 'both', 'en', false, basket)).toBeUndefined();
    expect(resolveSeveral(understood(null, 0, []), state(), 'all three', 'en', false, basket)?.entities.map((e) => e.value)).toEqual(['A', 'B', 'C']);
  });

  it('keeps "I\'ll take both" a purchase, "are both waterproof?" a question, and drops the count "两个"', () => {
    expect(resolveSeveral(understood('purchase', 0.87, []), two(), "I'll take both", 'en', false, basket)?.intent).toBe('purchase');
    expect(resolveSeveral(understood('product_question', 0.9, []), two(), 'are both waterproof?', 'en', false, basket)?.intent).toBe('product_question');
    const zh = resolveSeveral(understood('shipping_info', 0.5, [{ type: 'quantity', value: 2, text: '两个', start: 0, end: 2, score: 1 }]), two(), '两个一共多少钱', 'zh-CN', false, basket);
    expect(zh?.entities.map((e) => e.type)).toEqual(['product', 'product']);
  });

  it('only adds the products when the bot names no intent for several', () => {
    const r = resolveSeveral(understood('shipping_info', 0.9, []), two(), 'how much for both?', 'en', false, options);
    expect(r?.intent).toBe('shipping_info');
    expect(r?.entities).toHaveLength(2);
  });
});
